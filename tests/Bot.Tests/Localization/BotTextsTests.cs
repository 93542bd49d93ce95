using System.Reflection;
using System.Text.RegularExpressions;
using Participatie.Bot.Diensten;
using Participatie.Bot.Flows;
using Participatie.Bot.Localization;

namespace Participatie.Bot.Tests.Localization;

public sealed partial class BotTextsTests
{
    public static TheoryData<string> AllKeys()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(TextKeys).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetValue(null)!);
        }

        foreach (var veld in Enum.GetNames<IntakeVeld>())
        {
            data.Add("Field" + veld);
        }

        foreach (var bijdrage in Enum.GetNames<EigenBijdrageSoort>())
        {
            data.Add("Contribution" + bijdrage);
        }

        return data;
    }

    [Fact]
    public void Catalogues_DutchAndEnglish_HaveTheSameKeys()
    {
        Assert.Equal(BotTexts.Default.DutchKeys.Order(StringComparer.Ordinal), BotTexts.Default.EnglishKeys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Key_UsedByTheBot_ExistsInBothLanguagesWithSamePlaceholders(string key)
    {
        Assert.Contains(key, BotTexts.Default.DutchKeys);
        Assert.Contains(key, BotTexts.Default.EnglishKeys);
        var nl = BotTexts.Default.Get("nl-NL", key);
        var en = BotTexts.Default.Get("en-US", key);
        Assert.False(string.IsNullOrWhiteSpace(nl));
        Assert.False(string.IsNullOrWhiteSpace(en));
        Assert.Equal(Placeholders(nl), Placeholders(en));
    }

    [Fact]
    public void Get_UnknownKey_ReturnsKeyInsteadOfThrowing()
    {
        Assert.Equal("NoSuchKey", BotTexts.Default.Get("nl-NL", "NoSuchKey"));
    }

    [Theory]
    [InlineData("en", "Yes")]
    [InlineData("en-GB", "Yes")]
    [InlineData("nl-BE", "Ja")]
    [InlineData("fr-FR", "Ja")]
    [InlineData("", "Ja")]
    public void Get_Locale_PicksEnglishOnlyForEnglish(string locale, string expected)
    {
        Assert.Equal(expected, BotTexts.Default.Get(locale, TextKeys.Yes));
    }

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}

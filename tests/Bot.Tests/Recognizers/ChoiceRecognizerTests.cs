using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Help =
    [
        new("Geld", "Geld", ["subsidie", "money"]),
        new("Ruimte", "Ruimte", ["locatie", "zaal", "space"]),
        new("Materialen", "Materialen", ["spullen", "gereedschap"]),
        new("Advies", "Advies", ["tips"]),
        new("Vergunningen", "Vergunningen", ["toestemming", "permit"]),
        new("Contactpersoon", "Een contactpersoon", ["aanspreekpunt"]),
    ];

    [Theory]
    [InlineData("Geld", "Geld")]
    [InlineData("geld", "Geld")]
    [InlineData("gled", "Geld")]
    [InlineData("ruimet", "Ruimte")]
    [InlineData("materiallen", "Materialen")]
    [InlineData("vergunning", "Vergunningen")]
    [InlineData("vergunigen", "Vergunningen")]
    [InlineData("subsidie", "Geld")]
    [InlineData("een zaal", "Ruimte")]
    [InlineData("contact persoon", "Contactpersoon")]
    [InlineData("2", "Ruimte")]
    [InlineData("de derde", "Materialen")]
    [InlineData("Een contactpersoon", "Contactpersoon")]
    public void RecognizeOne_TitleSynonymTypoOrNumber_FindsChoice(string text, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.RecognizeOne(text, Help)?.Value);
    }

    [Theory]
    [InlineData("banaan")]
    [InlineData("7")]
    [InlineData("")]
    public void RecognizeOne_Unrelated_ReturnsNull(string text)
    {
        Assert.Null(ChoiceRecognizer.RecognizeOne(text, Help));
    }

    [Theory]
    [InlineData("geld en ruimte", new[] { "Geld", "Ruimte" })]
    [InlineData("ik heb vooral advies, spullen en een vergunning nodig", new[] { "Materialen", "Advies", "Vergunningen" })]
    [InlineData("1, 3 en 5", new[] { "Geld", "Materialen", "Vergunningen" })]
    [InlineData("Ruimte", new[] { "Ruimte" })]
    public void RecognizeMany_SeveralMentioned_FindsAllInListOrder(string text, string[] expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.RecognizeMany(text, Help).Select(c => c.Value));
    }
}

using Participatie.Rules.Compilation;

namespace Participatie.Rules.Tests.Editor;

public class ValuePathsTests
{
    [Theory]
    [InlineData("buurt.Huishoudens >= 500", "buurt.Huishoudens")]
    [InlineData("buurt.SesScore <= -0.3 || buurt.LeefbaarheidScore <= 5.0", "buurt.SesScore|buurt.LeefbaarheidScore")]
    [InlineData("Math.Round(sesDeel + basisDeel, 1)", "sesDeel|basisDeel")]
    [InlineData("initiatief.HulpGevraagd.Contains(\"geld\") and initiatief.GevraagdBedrag <= 500", "initiatief.HulpGevraagd|initiatief.GevraagdBedrag")]
    [InlineData("initiatief.Deelnemers.Any(d => d.Leeftijd > limiet)", "initiatief.Deelnemers|limiet")]
    [InlineData("buurt.Naam.Length > 3 ? score : 0", "buurt.Naam.Length|score")]
    [InlineData("\"buurt.Tekst\" == x", "x")]
    public void Find_ReturnsTheValuesTheExpressionReads(string expression, string expected)
    {
        Assert.Equal(expected.Split('|'), ValuePaths.Find(expression));
    }

    [Theory]
    [InlineData("")]
    [InlineData("buurt.Huishoudens >=")]
    [InlineData("true")]
    public void Find_WithoutValues_IsEmpty(string expression)
    {
        Assert.Empty(ValuePaths.Find(expression));
    }
}

using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

public sealed class DateRecognizerTests
{
    // Saturday 21 November 2026.
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [InlineData("15 maart", 2027, 3, 15)]
    [InlineData("15 maart 2027", 2027, 3, 15)]
    [InlineData("15 mrt", 2027, 3, 15)]
    [InlineData("op 15 maaart", 2027, 3, 15)]
    [InlineData("15-03-2027", 2027, 3, 15)]
    [InlineData("15/3/2027", 2027, 3, 15)]
    [InlineData("15-3-27", 2027, 3, 15)]
    [InlineData("2027-03-15", 2027, 3, 15)]
    [InlineData("15-03", 2027, 3, 15)]
    [InlineData("25 december", 2026, 12, 25)]
    [InlineData("1 december", 2026, 12, 1)]
    [InlineData("21 november", 2026, 11, 21)]
    [InlineData("20 november", 2027, 11, 20)]
    [InlineData("vandaag", 2026, 11, 21)]
    [InlineData("morgen", 2026, 11, 22)]
    [InlineData("overmorgen", 2026, 11, 23)]
    [InlineData("volgende week vrijdag", 2026, 11, 27)]
    [InlineData("vrijdag volgende week", 2026, 11, 27)]
    [InlineData("volgende week", 2026, 11, 23)]
    [InlineData("vrijdag", 2026, 11, 27)]
    [InlineData("zaterdag", 2026, 11, 28)]
    [InlineData("over 3 weken", 2026, 12, 12)]
    [InlineData("over twee maanden", 2027, 1, 21)]
    [InlineData("volgende maand", 2026, 12, 1)]
    [InlineData("begin april", 2027, 4, 1)]
    [InlineData("half mei", 2027, 5, 15)]
    [InlineData("eind februari", 2027, 2, 28)]
    [InlineData("March 15", 2027, 3, 15)]
    [InlineData("15th of March 2027", 2027, 3, 15)]
    [InlineData("tomorrow", 2026, 11, 22)]
    [InlineData("next week friday", 2026, 11, 27)]
    [InlineData("in 2 weeks", 2026, 12, 5)]
    public void TryRecognize_Expression_ReturnsDateRelativeToToday(string text, int year, int month, int day)
    {
        Assert.True(DateRecognizer.TryRecognize(text, Today, out var date), text);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("binnenkort")]
    [InlineData("31-02-2027")]
    [InlineData("32 maart")]
    [InlineData("maar wanneer")]
    [InlineData("1500")]
    public void TryRecognize_NoDate_Fails(string text)
    {
        Assert.False(DateRecognizer.TryRecognize(text, Today, out _));
    }
}

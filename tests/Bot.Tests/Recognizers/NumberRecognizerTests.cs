using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("ongeveer 25 mensen", 25)]
    [InlineData("twaalf", 12)]
    [InlineData("een stuk of tien", 10)]
    [InlineData("een", 1)]
    [InlineData("drieëntwintig", 23)]
    [InlineData("twee honderd", 200)]
    [InlineData("3,5", 3.5)]
    [InlineData("20 à 30", 20)]
    public void TryRecognize_Utterance_ReturnsFirstNumber(string text, double expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(text, english: false, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("veel")]
    [InlineData("een buurtfeest")]
    [InlineData("🎉🎉")]
    public void TryRecognize_NoNumber_Fails(string text)
    {
        Assert.False(NumberRecognizer.TryRecognize(text, english: false, out _));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("de tweede", 2)]
    [InlineData("nummer 3", 3)]
    [InlineData("third", 3)]
    [InlineData("optie 1", 1)]
    public void TryRecognizeIndex_Ordinal_ReturnsIndex(string text, int expected)
    {
        Assert.True(NumberRecognizer.TryRecognizeIndex(text, out var index));
        Assert.Equal(expected, index);
    }
}

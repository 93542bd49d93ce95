using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

public sealed class AmountRecognizerTests
{
    [Theory]
    [InlineData("3,14", 3.14)]
    [InlineData("€ 1.500", 1500)]
    [InlineData("€1.500", 1500)]
    [InlineData("1500 euro", 1500)]
    [InlineData("1.500,50", 1500.50)]
    [InlineData("EUR 250,-", 250)]
    [InlineData("€ 1.500,--", 1500)]
    [InlineData("ongeveer 800 euro", 800)]
    [InlineData("zo'n 2k", 2000)]
    [InlineData("1,5 miljoen", 1500000)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("250.75", 250.75)]
    [InlineData("vijfhonderd", 500)]
    [InlineData("vijfentwintig euro", 25)]
    [InlineData("0", 0)]
    public void TryRecognize_DutchNotation_ReturnsAmount(string text, double expected)
    {
        Assert.True(AmountRecognizer.TryRecognize(text, english: false, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("€1,500", 1500)]
    [InlineData("1,500.50 euros", 1500.50)]
    [InlineData("twenty", 20)]
    public void TryRecognize_EnglishNotation_ReturnsAmount(string text, double expected)
    {
        Assert.True(AmountRecognizer.TryRecognize(text, english: true, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Fact]
    public void TryRecognize_CommaWithThreeDigitsInDutch_IsADecimal()
    {
        Assert.True(AmountRecognizer.TryRecognize("1,500", english: false, out var amount));
        Assert.Equal(1.5m, amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("heel veel")]
    [InlineData("-50 euro")]
    [InlineData("999999999999")]
    [InlineData("€")]
    [InlineData("1.2.3,4,5")]
    public void TryRecognize_NotAnAmount_Fails(string text)
    {
        Assert.False(AmountRecognizer.TryRecognize(text, english: false, out _));
    }

    [Theory]
    [InlineData("weet ik niet")]
    [InlineData("Geen idee!")]
    [InlineData("nog niet bekend")]
    [InlineData("I don't know")]
    public void UnknownRecognizer_DontKnowPhrases_AreRecognised(string text)
    {
        Assert.True(UnknownRecognizer.IsUnknown(text));
    }

    [Theory]
    [InlineData("1500")]
    [InlineData("ik weet een mooie plek")]
    public void UnknownRecognizer_RealAnswers_AreNotUnknown(string text)
    {
        Assert.False(UnknownRecognizer.IsUnknown(text));
    }
}

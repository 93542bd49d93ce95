using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("ja")]
    [InlineData("Ja!")]
    [InlineData("JAZEKER")]
    [InlineData("jaa")]
    [InlineData("ja hoor")]
    [InlineData("klopt")]
    [InlineData("oké")]
    [InlineData("yes")]
    [InlineData("yep")]
    [InlineData("sure")]
    [InlineData("👍")]
    [InlineData("ja, dat wil ik graag")]
    public void Recognize_Yes_ReturnsTrue(string text)
    {
        Assert.True(ConfirmRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("nee")]
    [InlineData("Nee.")]
    [InlineData("neej")]
    [InlineData("nee hoor")]
    [InlineData("liever niet")]
    [InlineData("klopt niet")]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("👎")]
    [InlineData("nee, dat doen we niet zelf")]
    public void Recognize_No_ReturnsFalse(string text)
    {
        Assert.False(ConfirmRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("misschien")]
    [InlineData("een buurtfeest")]
    [InlineData("1500")]
    public void Recognize_Neither_ReturnsNull(string text)
    {
        Assert.Null(ConfirmRecognizer.Recognize(text));
    }
}

using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

public sealed class PostcodeRecognizerTests
{
    [Theory]
    [InlineData("1234 AB", "1234 AB")]
    [InlineData("1234ab", "1234 AB")]
    [InlineData("1234-ab", "1234 AB")]
    [InlineData(" mijn postcode is 5341 ac ", "5341 AC")]
    public void TryRecognize_DutchPostcode_IsNormalised(string text, string expected)
    {
        Assert.True(PostcodeRecognizer.TryRecognize(text, out var postcode));
        Assert.Equal(expected, postcode);
    }

    [Theory]
    [InlineData("0123 AB")]
    [InlineData("123 AB")]
    [InlineData("12345 AB")]
    [InlineData("1234 SS")]
    [InlineData("1234 ABC")]
    [InlineData("Binnenstad")]
    public void TryRecognize_NotAPostcode_Fails(string text)
    {
        Assert.False(PostcodeRecognizer.TryRecognize(text, out _));
    }
}

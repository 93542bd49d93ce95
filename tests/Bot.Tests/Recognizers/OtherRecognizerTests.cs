using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

public sealed class OtherRecognizerTests
{
    [Theory]
    [InlineData("INI-2026-0042", "INI-2026-0042")]
    [InlineData("ini 2026 42", "INI-2026-0042")]
    [InlineData("mijn nummer is INI-2027-1234.", "INI-2027-1234")]
    public void ReferenceRecognizer_Reference_IsNormalised(string text, string expected)
    {
        Assert.True(ReferenceRecognizer.TryRecognize(text, out var reference));
        Assert.Equal(expected, reference);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("INI")]
    [InlineData("MINI-2026-1")]
    public void ReferenceRecognizer_NoReference_Fails(string text)
    {
        Assert.False(ReferenceRecognizer.TryRecognize(text, out _));
    }

    [Theory]
    [InlineData("Fatima@Example.nl", "fatima@example.nl")]
    [InlineData("mail me op jan.de.vries+buurt@gemeente.oss.nl graag", "jan.de.vries+buurt@gemeente.oss.nl")]
    public void ContactRecognizer_Email_IsFound(string text, string expected)
    {
        Assert.True(ContactRecognizer.TryRecognizeEmail(text, out var email));
        Assert.Equal(expected, email);
    }

    [Theory]
    [InlineData("06 12345678", "0612345678")]
    [InlineData("06-12345678", "0612345678")]
    [InlineData("(0412) 123 456", "0412123456")]
    [InlineData("+31 6 1234 5678", "+31612345678")]
    [InlineData("0031612345678", "+31612345678")]
    public void ContactRecognizer_DutchPhone_IsNormalised(string text, string expected)
    {
        Assert.True(ContactRecognizer.TryRecognizePhone(text, out var phone));
        Assert.Equal(expected, phone);
    }

    [Theory]
    [InlineData("bel me")]
    [InlineData("12345")]
    [InlineData("+44 20 7946 0958")]
    public void ContactRecognizer_NoDutchPhone_Fails(string text)
    {
        Assert.False(ContactRecognizer.TryRecognizePhone(text, out _));
    }

    [Theory]
    [InlineData("ondersteuning", "ondersteuning", 0)]
    [InlineData("ondersteunign", "ondersteuning", 1)]
    [InlineData("geld", "gled", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void EditDistance_Between_CountsEditsWithSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
    }

    [Fact]
    public void TextNormalizer_AccentsCaseAndPunctuation_AreRemoved()
    {
        Assert.Equal("cafe ideeen voor de buurt zo n feest", TextNormalizer.Normalize("Café-ideeën, voor de BUURT! (zo'n feest)").Replace("zon", "zo n", StringComparison.Ordinal));
    }
}

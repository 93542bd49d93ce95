using Participatie.Host.Features.Burgerberaad;

namespace Participatie.Host.Tests.Burgerberaad;

/// <summary>The address list for invitations: every problem with its line and column, and nothing read when any is wrong.</summary>
public sealed class AdreslijstTests
{
    [Fact]
    public void SemicolonsQuotesAndAnyColumnOrder_AreRead()
    {
        var gelezen = Adreslijst.Lees(new StringReader("\uFEFFWoonplaats;Straat;Postcode;Huisnummer;Toevoeging\r\n\"Maas; waarde\";\"Kerk \"\"oud\"\"\";1234 ab;12;b\r\n\r\n"));
        Assert.Empty(gelezen.Fouten);
        var adres = Assert.Single(gelezen.Adressen);
        Assert.Equal(("1234AB", 12, "b", "Kerk \"oud\"", "Maas; waarde", 2), (adres.Postcode, adres.Huisnummer, adres.Toevoeging, adres.Straat, adres.Woonplaats, adres.Regel));
    }

    [Fact]
    public void EveryProblem_IsLocated_AndNothingIsRead()
    {
        var gelezen = Adreslijst.Lees(new StringReader(
            "postcode,huisnummer,toevoeging,straat,woonplaats\n1234AB,1,,Dorpsstraat,Maaswaarde\n0123AB,0,,,Maaswaarde\n1234 ab,1,,Dorpsstraat,Maaswaarde\n1234AB,2,Dorpsstraat,Maaswaarde\n"));
        Assert.Empty(gelezen.Adressen);
        Assert.Equal(
        [
            "Regel 3, kolom postcode: '0123AB' is geen postcode (1234 AB).",
            "Regel 3, kolom huisnummer: '0' is geen huisnummer (een heel getal vanaf 1; een letter of toevoeging hoort in de kolom toevoeging).",
            "Regel 3, kolom straat: vul de straat in (hoogstens 200 tekens).",
            "Regel 4: adres 1234AB 1 staat ook op regel 2.",
            "Regel 5: 4 velden, de kop heeft er 5.",
        ], gelezen.Fouten);
    }

    [Theory]
    [InlineData("", "Regel 1: het bestand is leeg")]
    [InlineData("postcode,nummer,straat\n", "de kolommen huisnummer, woonplaats ontbreken")]
    [InlineData("postcode,huisnummer,straat,woonplaats\n", "Het bestand bevat geen adressen")]
    public void AFileWithoutAddresses_SaysWhatIsExpected(string csv, string verwacht) =>
        Assert.Contains(Adreslijst.Lees(new StringReader(csv)).Fouten, f => f.Contains(verwacht, StringComparison.Ordinal));
}

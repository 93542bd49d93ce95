using Participatie.Bot.Slots;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Slots;

public sealed class SlotExtractorTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 21);
    private readonly SlotExtractor _extractor = new(FakeDiensten.StandaardHulpsoorten);

    [Fact]
    public void Extract_Opening_ExplainsWhichWordsGaveEachSlot()
    {
        var resultaat = _extractor.Extract("Wij willen in mei een straatfeest in de Bloemenbuurt met een stuk of 15 buren; het kost zo'n 700 euro en we zoeken geld", Vandaag, english: false);

        Assert.Equal("in mei", resultaat.Slots.Single(s => s.Soort == SlotSoort.Startdatum).Bron);
        Assert.Equal("700 euro", resultaat.Slots.Single(s => s.Soort == SlotSoort.Bedrag).Bron);
        Assert.Equal("een stuk of 15 buren", resultaat.Slots.Single(s => s.Soort == SlotSoort.Aantal).Bron);
        Assert.Equal("geld", resultaat.Slots.Single(s => s.Soort == SlotSoort.Hulp).Bron);
        Assert.False(resultaat.IsVraag);
    }

    [Fact]
    public void Extract_Postcode_IsNeverANumberOfPeopleOrAnAmount()
    {
        var resultaat = _extractor.Extract("5341 AB", Vandaag, english: false);

        Assert.Equal(["5341 AB"], resultaat.Waarden(SlotSoort.Postcode));
        Assert.False(resultaat.Heeft(SlotSoort.Aantal));
        Assert.False(resultaat.Heeft(SlotSoort.Bedrag));
    }

    [Fact]
    public void Extract_YearFollowedByWord_IsNoPostcode()
    {
        Assert.False(_extractor.Extract("het is in 2027 en dan", Vandaag, english: false).Heeft(SlotSoort.Postcode));
    }

    [Theory]
    [InlineData("nee, het is in de Kruidenhof")]
    [InlineData("sorry, ik bedoel de Vogelbuurt")]
    [InlineData("no, it's in the Vogelbuurt")]
    public void Extract_Correction_IsMarked(string tekst)
    {
        var resultaat = _extractor.Extract(tekst, Vandaag, english: false);

        Assert.True(resultaat.IsCorrectie);
        Assert.True(resultaat.Heeft(SlotSoort.Plaats));
    }

    [Fact]
    public void Extract_DatesFollowTheGivenDay_NotTheWallClock()
    {
        var later = new DateOnly(2029, 3, 4);

        Assert.Equal("2029-03-18", _extractor.Extract("over twee weken", later, english: false).Waarde(SlotSoort.Startdatum));
        Assert.Equal("2026-12-05", _extractor.Extract("over twee weken", Vandaag, english: false).Waarde(SlotSoort.Startdatum));
    }

    [Fact]
    public void Extract_HelpAfterNegation_IsNotAsked()
    {
        var resultaat = _extractor.Extract("we hebben geen geld nodig, wel een vergunning", Vandaag, english: false);

        Assert.Equal(["vergunning"], resultaat.Waarden(SlotSoort.Hulp));
    }
}

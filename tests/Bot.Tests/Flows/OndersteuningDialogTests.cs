using Participatie.Bot.Diensten;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class OndersteuningDialogTests
{
    [Fact]
    public async Task Support_AllRulesInputsNeeded_AsksEachAndAnswersPerType()
    {
        var chat = new TestConversation();
        (await chat.SendAsync("Welke ondersteuning kan ik krijgen?")).ShouldContain("postcode");
        (await chat.SendAsync("5341 ab")).ShouldContain("samen met of voor andere buurtbewoners").ShouldOffer("Ja", "Nee");
        (await chat.SendAsync("jazeker")).ShouldContain("commercieel, politiek of religieus");
        (await chat.SendAsync("nee hoor")).ShouldContain("Hoeveel geld");
        (await chat.SendAsync("1.500,50")).ShouldContain("Draagt u zelf iets bij");
        (await chat.SendAsync("ja")).ShouldContain("Met hoeveel buurtbewoners");
        (await chat.SendAsync("12")).ShouldContain("Wanneer wilt u beginnen");
        (await chat.SendAsync("15 maart"))
            .ShouldContain("✔ Bijdrage uit het initiatievenfonds: ja, u komt in aanmerking")
            .ShouldContain("Het is voor en met bewoners")
            .ShouldContain("✔ Ruimte in het buurthuis: ja")
            .ShouldContain("Kan ik u nog");

        var vraag = Assert.Single(chat.Diensten.Vragen);
        Assert.Null(vraag.Referentie);
        Assert.Equal(new OndersteuningsGegevens("5341 AB", FakeDiensten.Binnenstad.Code, true, 12, false, 1500.50m, true, new DateOnly(2027, 3, 15)), vraag.Gegevens);
        Assert.Equal("nl", vraag.Taal);
    }

    [Fact]
    public async Task Support_RulesNeedOnlyAmount_AsksOnlyThatAndExplainsNo()
    {
        var chat = new TestConversation();
        chat.Diensten.Benodigd = [OndersteuningsGegeven.GevraagdBedrag];
        await chat.SendAsync("kan ik subsidie krijgen");
        (await chat.SendAsync("€ 8.000"))
            .ShouldContain("✖ Bijdrage uit het initiatievenfonds: nee, u komt niet in aanmerking")
            .ShouldContain("Het maximum is € 5.000")
            .ShouldContain("✔ Ruimte in het buurthuis")
            .ShouldContain("eerste inschatting");

        var gegevens = Assert.Single(chat.Diensten.Vragen).Gegevens!;
        Assert.Equal(8000m, gegevens.GevraagdBedrag);
        Assert.Null(gegevens.Postcode);
        Assert.Null(gegevens.Startdatum);
    }

    [Fact]
    public async Task Support_AfterIntake_OffersTheInitiativeAndUsesItsReference()
    {
        var chat = new TestConversation();
        await IntakeDialogTests.RunToSummaryAsync(chat);
        await chat.SendAsync("ja");
        (await chat.SendAsync("welke ondersteuning kan ik krijgen")).ShouldOffer("Initiatief INI-2026-0042", "Een nieuw idee");
        (await chat.SendAsync("Initiatief INI-2026-0042"))
            .ShouldContain("voor initiatief INI-2026-0042")
            .ShouldContain("Bijdrage uit het initiatievenfonds");

        Assert.Equal("INI-2026-0042", Assert.Single(chat.Diensten.Vragen).Referentie);
    }

    [Fact]
    public async Task Support_UnrecognisedPostcode_RetriesWithExplanation()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ondersteuning");
        (await chat.SendAsync("ergens in Oss")).ShouldContain("Ik kan geen buurt vinden bij").ShouldContain("postcode (bijvoorbeeld 1234 AB) of de naam van de buurt");
        (await chat.SendAsync("5341AB")).ShouldContain("samen met");
    }

    [Fact]
    public async Task Support_ReferenceInQuestion_EvaluatesThatInitiativeDirectly()
    {
        var storage = new Participatie.Bot.State.MemoryBotStorage();
        var diensten = new FakeDiensten();
        var first = new TestConversation(storage, diensten);
        await IntakeDialogTests.RunToSummaryAsync(first);
        await first.SendAsync("ja");

        var other = new TestConversation(storage, diensten, conversationId: "conv-2", userId: "user-2");
        (await other.SendAsync("welke ondersteuning kan INI-2026-0042 krijgen?")).ShouldContain("voor initiatief INI-2026-0042");
        Assert.Equal("INI-2026-0042", diensten.Vragen[^1].Referentie);
    }

    [Fact]
    public async Task Support_UnknownReference_SaysItCannotFindIt()
    {
        var chat = new TestConversation();
        (await chat.SendAsync("subsidie voor INI-2026-0777")).ShouldContain("geen initiatief vinden met nummer INI-2026-0777");
    }

    [Fact]
    public async Task Support_NothingEligible_ExplainsAndPointsToCoordinator()
    {
        var chat = new TestConversation();
        chat.Diensten.Benodigd = [OndersteuningsGegeven.VoorOfMetBuurtgenoten, OndersteuningsGegeven.CommercieelPolitiekOfReligieus];
        await chat.SendAsync("ondersteuning");
        await chat.SendAsync("nee");
        (await chat.SendAsync("ja"))
            .ShouldContain("✖ Bijdrage uit het initiatievenfonds")
            .ShouldContain("✖ Ruimte in het buurthuis")
            .ShouldContain("Alleen voor initiatieven met andere bewoners.")
            .ShouldContain("wijkcoördinator denkt graag met u mee");
    }
}

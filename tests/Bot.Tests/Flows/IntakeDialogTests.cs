using Participatie.Bot.Diensten;
using Participatie.Bot.Schema;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class IntakeDialogTests
{
    [Fact]
    public async Task Intake_FullConversation_CreatesInitiativeAndGivesReference()
    {
        var chat = new TestConversation();
        (await chat.SendActivityAsync(chat.ConversationUpdate("participatie-bot", chat.UserId))).ShouldContain("Welkom");

        (await chat.SendAsync("ik wil een buurtbarbecue organiseren"))
            .ShouldContain("Dit heb ik uit uw bericht begrepen")
            .ShouldContain("Idee: buurtbarbecue organiseren")
            .ShouldContain("Titel: Buurtbarbecue")
            .ShouldContain("postcode")
            .ShouldNotContain("korte titel");
        (await chat.SendAsync("5341ab")).ShouldContain("Dat is de buurt Binnenstad (Centrum, Oss)").ShouldContain("Voor wie");
        (await chat.SendAsync("alle bewoners van de straat")).ShouldContain("met wie");
        (await chat.SendAsync("met de buren en de huurdersvereniging")).ShouldContain("hoeveel buurtbewoners");
        (await chat.SendAsync("ongeveer 25")).ShouldContain("Welke hulp").ShouldOffer("Geld", "Ruimte", "Materialen", "Advies", "Vergunningen", "Een contactpersoon", "Geen hulp nodig");
        // Two kinds named: that is a list already, so no "anything else?" round (a single kind gets one, see RunToDateAsync).
        (await chat.SendAsync("geld en ruimte")).ShouldContain("zelf (met uw buren) uitvoeren").ShouldOffer("Ja", "Nee");
        (await chat.SendAsync("ja")).ShouldContain("Mooi").ShouldContain("Wat kost het");
        (await chat.SendAsync("€ 1.500")).ShouldContain("Wat draagt u");
        (await chat.SendAsync("tijd en geld")).ShouldContain("Hoeveel geld draagt u zelf");
        (await chat.SendAsync("250 euro")).ShouldContain("Wanneer wilt u beginnen");
        (await chat.SendAsync("volgende week vrijdag")).ShouldContain("Over uw gegevens").ShouldContain("Wat is uw naam");
        (await chat.SendAsync("Fatima de Vries")).ShouldContain("e-mailadres of telefoonnummer");
        (await chat.SendAsync("fatima@example.nl"))
            .ShouldContain("Dit heb ik genoteerd")
            .ShouldContain("Titel: Buurtbarbecue")
            .ShouldContain("Buurt: Binnenstad (5341 AB)")
            .ShouldContain("Aantal buurtbewoners: 25")
            .ShouldContain("Begroting: € 1.500")
            .ShouldContain("Eigen bijdrage: Geld, Tijd (€ 250)")
            .ShouldContain("Startdatum: 27 november 2026")
            .ShouldOffer("Klopt, versturen", "Iets wijzigen");
        (await chat.SendAsync("Klopt, versturen")).ShouldContain("INI-2026-0042").ShouldContain("Kan ik u nog");

        var aanvraag = Assert.Single(chat.Diensten.Aanvragen);
        Assert.Equal("buurtbarbecue organiseren", aanvraag.Idee);
        Assert.Equal("Buurtbarbecue", aanvraag.Titel);
        Assert.Equal(FakeDiensten.Binnenstad.Code, aanvraag.BuurtCode);
        Assert.Equal("5341 AB", aanvraag.Postcode);
        Assert.Equal(25, aanvraag.AantalBuurtgenoten);
        Assert.Equal(["geld", "ruimte"], aanvraag.Hulp);
        Assert.True(aanvraag.ZelfUitvoeren);
        Assert.Equal(1500m, aanvraag.Begroting);
        Assert.Equal([EigenBijdrageSoort.Geld, EigenBijdrageSoort.Tijd], aanvraag.EigenBijdrage);
        Assert.Equal(250m, aanvraag.EigenBijdrageBedrag);
        Assert.Equal(new DateOnly(2026, 11, 27), aanvraag.Startdatum);
        Assert.Equal("Fatima de Vries", aanvraag.Naam);
        Assert.Equal("fatima@example.nl", aanvraag.Email);
        Assert.Null(aanvraag.Telefoon);
        Assert.Equal("nl", aanvraag.Taal);
        Assert.Equal(chat.ConversationId, aanvraag.Gesprek.Conversation?.Id);
        Assert.Equal(chat.UserId, aanvraag.Gesprek.User?.Id);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task Intake_AmbiguousBuurtName_AsksToPickAndAcceptsTypo()
    {
        var chat = new TestConversation();
        await chat.SendAsync("initiatief starten");
        await chat.SendAsync("Een moestuin voor de hele buurt");
        await chat.SendAsync("Buurtmoestuin");
        (await chat.SendAsync("Ruwaard"))
            .ShouldContain("meer dan één buurt")
            .ShouldOffer("Ruwaard (Ruwaard, Oss)", "Ruwaard-Noord (Ruwaard, Oss)", "Geen van deze");
        (await chat.SendAsync("ruwaard noordd")).ShouldContain("Voor wie");
        await CompleteFromForWhomAsync(chat);

        Assert.Equal(FakeDiensten.RuwaardNoord.Code, Assert.Single(chat.Diensten.Aanvragen).BuurtCode);
    }

    [Fact]
    public async Task Intake_BuurtPickedByNumber_UsesThatCandidate()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een opruimactie in het park organiseren");
        await chat.SendAsync("Opruimen park");
        await chat.SendAsync("ruwaard");
        (await chat.SendAsync("1")).ShouldContain("Voor wie");
        await CompleteFromForWhomAsync(chat);

        Assert.Equal(FakeDiensten.Ruwaard.Code, Assert.Single(chat.Diensten.Aanvragen).BuurtCode);
    }

    [Fact]
    public async Task Intake_UnknownPlace_SaysSoAndAsksAgain()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een straatfeest organiseren");
        (await chat.SendAsync("Atlantis"))
            .ShouldContain("Ik kan geen buurt vinden bij \u201cAtlantis\u201d")
            .ShouldContain("Waar vindt het plaats");
        (await chat.SendAsync("5342 CD")).ShouldContain("Schadewijk").ShouldContain("Voor wie");
    }

    [Fact]
    public async Task Intake_ChangeOneAnswerFromSummary_AsksOnlyThatAgain()
    {
        var chat = new TestConversation();
        await RunToSummaryAsync(chat);
        (await chat.SendAsync("Iets wijzigen")).ShouldContain("Wat wilt u wijzigen").ShouldOffer("Titel", "Startdatum");
        (await chat.SendAsync("titel")).ShouldContain("dat vraag ik opnieuw").ShouldContain("korte titel");
        (await chat.SendAsync("Barbecue aan de Rozenstraat"))
            .ShouldContain("Dit heb ik genoteerd")
            .ShouldContain("Titel: Barbecue aan de Rozenstraat")
            .ShouldContain("Buurt: Binnenstad (5341 AB)");
        (await chat.SendAsync("ja")).ShouldContain("INI-2026-0042");

        Assert.Equal("Barbecue aan de Rozenstraat", Assert.Single(chat.Diensten.Aanvragen).Titel);
    }

    [Fact]
    public async Task Intake_ChangeStartDateWithTypo_ReasksDate()
    {
        var chat = new TestConversation();
        await RunToSummaryAsync(chat);
        await chat.SendAsync("wijzigen");
        (await chat.SendAsync("startdatim")).ShouldContain("Wanneer wilt u beginnen");
        (await chat.SendAsync("15 maart")).ShouldContain("Startdatum: 15 maart 2027");
    }

    [Fact]
    public async Task Intake_ResidentsDoNotRunItThemselves_MunicipalityTakesItUp()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een bankje bij de bushalte");
        await chat.SendAsync("Bankje bushalte");
        await chat.SendAsync("5341 AB");
        await chat.SendAsync("ouderen");
        await chat.SendAsync("niemand");
        await chat.SendAsync("3");
        await chat.SendAsync("vergunningen");
        await chat.SendAsync("klaar");
        (await chat.SendAsync("nee")).ShouldContain("gewone aanvraag");
        await chat.SendAsync("weet ik niet");
        await chat.SendAsync("niets");
        await chat.SendAsync("1 april 2027");
        await chat.SendAsync("Jan Jansen");
        await chat.SendAsync("06 12345678");
        (await chat.SendAsync("ja")).ShouldContain("doorgegeven aan de gemeente").ShouldContain("INI-2026-0042");

        var aanvraag = Assert.Single(chat.Diensten.Aanvragen);
        Assert.False(aanvraag.ZelfUitvoeren);
        Assert.Null(aanvraag.Begroting);
        Assert.Empty(aanvraag.EigenBijdrage);
        Assert.Equal("0612345678", aanvraag.Telefoon);
        Assert.Equal(new DateOnly(2027, 4, 1), aanvraag.Startdatum);
        Assert.Equal(["vergunning"], aanvraag.Hulp);
    }

    [Fact]
    public async Task Intake_StartDateInThePast_ExplainsAndAsksAgain()
    {
        var chat = new TestConversation();
        await RunToDateAsync(chat);
        (await chat.SendAsync("1-1-2020")).ShouldContain("in het verleden").ShouldContain("Ik begreep de datum niet");
        (await chat.SendAsync("morgen")).ShouldContain("Wat is uw naam");
    }

    [Fact]
    public async Task Intake_InvalidContact_AsksAgainPolitely()
    {
        var chat = new TestConversation();
        await RunToDateAsync(chat);
        await chat.SendAsync("morgen");
        await chat.SendAsync("Piet");
        (await chat.SendAsync("bel me maar")).ShouldContain("herken ik niet als e-mailadres");
        (await chat.SendAsync("+31 6 1234 5678")).ShouldContain("Dit heb ik genoteerd").ShouldContain("+31612345678");
    }

    [Fact]
    public async Task Intake_WrongNumberOfNeighbours_RetriesWithExample()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtfeest organiseren");
        await chat.SendAsync("Buurtfeest");
        await chat.SendAsync("5341 AB");
        await chat.SendAsync("iedereen");
        await chat.SendAsync("buren");
        (await chat.SendAsync("heel veel")).ShouldContain("Typ een getal");
        (await chat.SendAsync("twintig")).ShouldContain("Welke hulp");
    }

    [Fact]
    public async Task Intake_HtmlInAnswers_IsQuotedAsPlainText()
    {
        var chat = new TestConversation();
        await chat.SendAsync("initiatief starten");
        var replies = await chat.SendAsync("<script>alert('x')</script> buurtfeest");
        Assert.All(replies, r => Assert.Equal(TextFormatTypes.Plain, r.TextFormat));
        (await chat.SendAsync("<b>Feest</b>")).ShouldContain("postcode");
    }

    [Fact]
    public async Task Intake_VeryLongIdea_AsksForShorterVersion()
    {
        var chat = new TestConversation();
        await chat.SendAsync("initiatief starten");
        (await chat.SendAsync(string.Concat(Enumerable.Repeat("een heel lang idee ", 200))))
            .ShouldContain("alleen de eerste 2000 tekens")
            .ShouldContain("samenvatten in hooguit 1000 tekens");
        (await chat.SendAsync("Samen iets doen voor iedereen hier")).ShouldContain("korte titel");
    }

    internal static async Task RunToDateAsync(TestConversation chat)
    {
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("5341 AB");
        await chat.SendAsync("alle bewoners van de straat");
        await chat.SendAsync("buren");
        await chat.SendAsync("25");
        await chat.SendAsync("geld");
        await chat.SendAsync("klaar");
        await chat.SendAsync("ja");
        await chat.SendAsync("1500 euro");
        (await chat.SendAsync("tijd")).ShouldContain("Wanneer wilt u beginnen");
    }

    internal static async Task RunToSummaryAsync(TestConversation chat)
    {
        await RunToDateAsync(chat);
        await chat.SendAsync("15-03-2027");
        await chat.SendAsync("Fatima de Vries");
        (await chat.SendAsync("fatima@example.nl")).ShouldContain("Dit heb ik genoteerd");
    }

    private static async Task CompleteFromForWhomAsync(TestConversation chat)
    {
        await chat.SendAsync("kinderen");
        await chat.SendAsync("de school");
        await chat.SendAsync("10");
        await chat.SendAsync("geen hulp nodig");
        await chat.SendAsync("ja");
        await chat.SendAsync("€ 300");
        await chat.SendAsync("materialen");
        await chat.SendAsync("volgende week vrijdag");
        await chat.SendAsync("Sam");
        await chat.SendAsync("sam@example.nl");
        (await chat.SendAsync("ja")).ShouldContain("INI-2026-0042");
    }
}

using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

/// <summary>The intake fills answers from any message, answers questions in between, and never loops.</summary>
public sealed class SlotDialogTests
{
    private const string Opening = "Wij willen in mei een straatfeest in de Schadewijk met een stuk of 15 buren; het kost zo'n 700 euro en we zoeken geld";

    [Fact]
    public async Task Opening_WithDetails_SaysWhatItUnderstoodInOneMessage_AndAsksOnlyWhatIsMissing()
    {
        var chat = new TestConversation();

        var replies = await chat.SendAsync(Opening);

        var begrepen = Assert.Single(replies, r => r.Text?.Contains("begrepen", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("Titel: Straatfeest Schadewijk", begrepen, StringComparison.Ordinal);
        Assert.Contains("Buurt: Schadewijk", begrepen, StringComparison.Ordinal);
        Assert.Contains("Aantal buurtbewoners: 15", begrepen, StringComparison.Ordinal);
        Assert.Contains("Hulp nodig: Geld", begrepen, StringComparison.Ordinal);
        Assert.Contains("Begroting: € 700", begrepen, StringComparison.Ordinal);
        Assert.Contains("Startdatum: 1 mei 2027", begrepen, StringComparison.Ordinal);
        replies.ShouldContain("Voor wie").ShouldNotContain("Waar vindt het plaats").ShouldNotContain("korte titel");
    }

    [Fact]
    public async Task Opening_MentioningMoney_StartsTheIntake_NotTheSupportCheck()
    {
        var chat = new TestConversation();

        (await chat.SendAsync(Opening)).ShouldContain("Voor wie").ShouldNotContain("postcode");
    }

    [Fact]
    public async Task QuestionMidIntake_IsAnsweredWithTheRulesReasons_NeverStored_AndThePendingQuestionIsAskedAgain()
    {
        var chat = new TestConversation();
        await chat.SendAsync(Opening);

        (await chat.SendAsync("Welke ondersteuning kan ik krijgen?"))
            .ShouldContain("Bijdrage uit het initiatievenfonds")
            .ShouldContain("Het is voor en met bewoners en blijft onder het maximum.")
            .ShouldContain("antwoorden tot nu toe heb ik bewaard")
            .ShouldContain("Voor wie");
        Assert.Equal(700m, Assert.Single(chat.Diensten.Vragen).Gegevens!.GevraagdBedrag);
        (await chat.SendAsync("alle buren")).ShouldContain("zelf (met uw buren) uitvoeren");
        await FinishAsync(chat);

        var aanvraag = Assert.Single(chat.Diensten.Aanvragen);
        Assert.Equal("alle buren", aanvraag.VoorWie);
        Assert.Equal(15, aanvraag.AantalBuurtgenoten);
    }

    [Theory]
    [InlineData("Wat doen jullie met mijn gegevens?", "Over uw gegevens")]
    [InlineData("Hoe staat het met mijn aanvraag?", "nog geen initiatief aangemeld")]
    [InlineData("hoe werkt dit eigenlijk?", "Dat is een vraag")]
    public async Task OtherQuestionMidIntake_IsAnswered_AndThePendingQuestionRepeated(string vraag, string antwoord)
    {
        var chat = new TestConversation();
        await chat.SendAsync(Opening);

        (await chat.SendAsync(vraag)).ShouldContain(antwoord).ShouldContain("Voor wie");
        (await chat.SendAsync("de kinderen")).ShouldContain("zelf (met uw buren) uitvoeren");
    }

    [Fact]
    public async Task Postcode_ToTheNumberOfPeople_IsAPlace_NotFiveThousandPeople()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("Schadewijk");
        await chat.SendAsync("alle bewoners");
        await chat.SendAsync("de school");

        (await chat.SendAsync("5341 AB")).ShouldContain("Buurt: Binnenstad (5341 AB)").ShouldContain("Met hoeveel buurtbewoners");
        (await chat.SendAsync("12")).ShouldContain("Welke hulp");
    }

    [Fact]
    public async Task NumberOfPeople_NotUnderstoodTwice_OffersEstimatesAndAPerson_ThenGoesOn()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("Schadewijk");
        await chat.SendAsync("alle bewoners");
        (await chat.SendAsync("de school")).ShouldContain("Met hoeveel buurtbewoners");

        (await chat.SendAsync("een flinke groep")).ShouldContain("Typ een getal").ShouldNotContain("wijkcoördinator");
        (await chat.SendAsync("best wel wat")).ShouldContain("Een schatting is goed").ShouldContain("wijkcoördinator").ShouldOffer("5", "10", "25", "50");
        (await chat.SendAsync("25")).ShouldContain("Welke hulp");
    }

    [Fact]
    public async Task Amount_NotUnderstoodTwice_OffersAmountsAndDontKnow_AndDontKnowIsAccepted()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("Schadewijk");
        await chat.SendAsync("alle bewoners");
        await chat.SendAsync("de school");
        await chat.SendAsync("12");
        var antwoord = await chat.SendAsync("materialen");
        for (var i = 0; i < 6 && !antwoord.AllText().Contains("Wat kost het", StringComparison.Ordinal); i++)
        {
            var tekst = antwoord.AllText();
            antwoord = await chat.SendAsync(tekst.Contains("zelf", StringComparison.OrdinalIgnoreCase) && tekst.Contains("uitvoeren", StringComparison.OrdinalIgnoreCase) ? "ja" : "nee");
        }

        antwoord.ShouldContain("Wat kost het");
        (await chat.SendAsync("een flink bedrag")).ShouldContain("Ik begreep het bedrag niet").ShouldNotContain("wijkcoördinator");
        (await chat.SendAsync("best veel")).ShouldContain("Dat bedrag begrijp ik nog niet").ShouldContain("wijkcoördinator")
            .ShouldOffer("€ 250", "€ 500", "€ 1.000", "weet ik nog niet");
        (await chat.SendAsync("weet ik nog niet")).ShouldNotContain("bedrag begrijp ik");
    }

    [Fact]
    public async Task StartDate_NotUnderstoodTwice_OffersDatesAndAPerson_AndAChoiceIsTaken()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("Schadewijk");
        await chat.SendAsync("alle bewoners");
        await chat.SendAsync("de school");
        await chat.SendAsync("12");
        var antwoord = await chat.SendAsync("materialen");
        for (var i = 0; i < 6 && !antwoord.AllText().Contains("Wanneer wilt u beginnen", StringComparison.Ordinal); i++)
        {
            // Whatever else this intake asks before the date (more help, doing it yourself, the cost, a contribution).
            var tekst = antwoord.AllText();
            antwoord = await chat.SendAsync(
                tekst.Contains("zelf", StringComparison.OrdinalIgnoreCase) && tekst.Contains("uitvoeren", StringComparison.OrdinalIgnoreCase) ? "ja"
                : tekst.Contains("kost", StringComparison.OrdinalIgnoreCase) ? "€ 450"
                : tekst.Contains("bij?", StringComparison.OrdinalIgnoreCase) ? "tijd"
                : "nee");
        }

        antwoord.ShouldContain("Wanneer wilt u beginnen");
        await chat.SendAsync("als het mooi weer is");
        var keuzes = (await chat.SendAsync("zodra het kan")).ShouldContain("ongeveer-datum").ShouldContain("wijkcoördinator").Buttons();
        Assert.Equal(2, keuzes.Count);
        (await chat.SendAsync(keuzes[1])).ShouldNotContain("ongeveer-datum").ShouldNotContain("begreep de datum niet");
    }

    [Fact]
    public async Task Correction_AtAnyTime_ChangesThatAnswerAndKeepsTheRest()
    {
        var chat = new TestConversation();
        await chat.SendAsync(Opening);

        (await chat.SendAsync("nee, het is in de Binnenstad")).ShouldContain("Buurt: Binnenstad").ShouldContain("Voor wie");
        await chat.SendAsync("iedereen");
        await FinishAsync(chat);

        var aanvraag = Assert.Single(chat.Diensten.Aanvragen);
        Assert.Equal(FakeDiensten.Binnenstad.Code, aanvraag.BuurtCode);
        Assert.Equal(700m, aanvraag.Begroting);
    }

    [Fact]
    public async Task FactForAnotherQuestion_IsKept_AndNotAskedLater()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("5342 CD");

        (await chat.SendAsync("voor de hele straat, op 20 juni")).ShouldContain("Startdatum: 20 juni 2027").ShouldContain("met wie");
        await chat.SendAsync("buren");
        await chat.SendAsync("10");
        await chat.SendAsync("geen");
        await chat.SendAsync("ja");
        await chat.SendAsync("weet ik niet");
        (await chat.SendAsync("niets")).ShouldNotContain("Wanneer wilt u beginnen").ShouldContain("Wat is uw naam");
    }

    [Fact]
    public async Task Place_AfterTwoMisses_OffersNearestNamesAndIDontKnow_ThenAContact()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        (await chat.SendAsync("Atlantis")).ShouldContain("Ik kan geen buurt vinden").ShouldContain("Waar vindt het plaats");

        (await chat.SendAsync("Ruwardje")).ShouldContain("Ik kan de buurt nog niet vinden").ShouldOffer("Ruwaard (Ruwaard, Oss)", "Ik weet het niet");
        (await chat.SendAsync("Ik weet het niet")).ShouldContain("wijkcoördinator").ShouldContain("Waar vindt het plaats");
        (await chat.SendAsync("5342 CD")).ShouldContain("Schadewijk").ShouldContain("Voor wie");
    }

    [Fact]
    public async Task Place_BuurtNameOrPostcode_BothAccepted_InOneSentence()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");

        (await chat.SendAsync("wij wonen in de Schadewijk")).ShouldContain("Dat is de buurt Schadewijk").ShouldContain("Voor wie");
    }

    [Fact]
    public async Task SupportCheck_AcceptsABuurtName_AndTheIntakeAfterwardsAsksNothingAgain()
    {
        var chat = new TestConversation();
        (await chat.SendAsync("Welke ondersteuning kan ik krijgen?")).ShouldContain("naam van de buurt");
        (await chat.SendAsync("Schadewijk")).ShouldContain("Dat is de buurt Schadewijk").ShouldContain("samen met of voor andere buurtbewoners");
        await chat.SendAsync("ja");
        await chat.SendAsync("nee");
        await chat.SendAsync("1500 euro");
        await chat.SendAsync("ja");
        await chat.SendAsync("12");
        (await chat.SendAsync("15 maart")).ShouldContain("Bijdrage uit het initiatievenfonds");

        var intake = await chat.SendAsync("Initiatief starten");
        intake.ShouldContain("Buurt: Schadewijk").ShouldContain("Aantal buurtbewoners: 12").ShouldContain("Begroting: € 1.500").ShouldContain("Startdatum: 15 maart 2027");
        var vragen = new List<string>();
        foreach (var antwoord in new[] { "een buurtmoestuin", "alle buren", "met de buren", "geld", "klaar", "ja", "tijd", "Sam de Wit, sam@example.nl" })
        {
            vragen.Add((await chat.SendAsync(antwoord)).AllText());
        }

        Assert.DoesNotContain(vragen, v => v.Contains("Waar vindt het plaats", StringComparison.Ordinal) || v.Contains("Met hoeveel", StringComparison.Ordinal)
            || v.Contains("Wat kost het", StringComparison.Ordinal) || v.Contains("Wanneer wilt u beginnen", StringComparison.Ordinal));
        (await chat.SendAsync("Klopt, versturen")).ShouldContain("INI-2026-0042");
        var aanvraag = Assert.Single(chat.Diensten.Aanvragen);
        Assert.Equal(FakeDiensten.Schadewijk.Code, aanvraag.BuurtCode);
        Assert.Equal(new DateOnly(2027, 3, 15), aanvraag.Startdatum);
        Assert.Equal(12, aanvraag.AantalBuurtgenoten);
    }

    [Fact]
    public async Task SupportCheck_UnknownPlaceTwice_GoesOnWithoutAskingAThirdTime()
    {
        var chat = new TestConversation();
        await chat.SendAsync("Welke ondersteuning kan ik krijgen?");
        (await chat.SendAsync("Atlantis")).ShouldContain("Ik kan geen buurt vinden");
        (await chat.SendAsync("Lemurië")).ShouldContain("verder zonder buurt").ShouldContain("samen met of voor andere buurtbewoners");
    }

    private static async Task FinishAsync(TestConversation chat)
    {
        await chat.SendAsync("ja");
        await chat.SendAsync("tijd");
        await chat.SendAsync("Fatima de Vries, fatima@example.nl");
        (await chat.SendAsync("Klopt, versturen")).ShouldContain("INI-2026-0042");
    }
}

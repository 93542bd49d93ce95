using Participatie.Bot.Diensten;
using Participatie.Bot.Recognizers;
using Participatie.Bot.State;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class BurgerberaadDialogTests
{
    private static TestConversation Chat(FakeBurgerberaadDiensten beraad, string locale = "nl-NL") =>
        new(new MemoryBotStorage(), locale: locale, burgerberaad: beraad);

    [Fact]
    public async Task Register_AsksCodeEachFeatureWithItsValuesAvailabilityNameContact_ThenRegistersAfterConfirmation()
    {
        var beraad = new FakeBurgerberaadDiensten();
        var chat = Chat(beraad);

        (await chat.SendAsync("ik wil me aanmelden voor het burgerberaad")).ShouldContain("code op uw brief");
        (await chat.SendAsync("abcd efgh jk23"))
            .ShouldContain("Hoe gaan we om met hitte?").ShouldContain("Vraag 1 van 2 — leeftijd")
            .ShouldOffer("16-29", "30-49", "50-64", "65+");
        (await chat.SendAsync("bakfiets")).ShouldContain("Kies bij ‘leeftijd’ een van de knoppen");
        (await chat.SendAsync("30-49")).ShouldContain("Vraag 2 van 2 — woning").ShouldOffer("huur", "koop");
        (await chat.SendAsync("huur")).ShouldContain("Wanneer kunt u meedoen?");
        (await chat.SendAsync("doordeweekse avonden")).ShouldContain("Wat is uw naam?");
        (await chat.SendAsync("Fatima el Amrani")).ShouldContain("e-mailadres of telefoonnummer");
        (await chat.SendAsync("geen idee")).ShouldContain("Geef een e-mailadres");
        var samenvatting = await chat.SendAsync("fatima@example.nl");
        samenvatting.ShouldContain("- leeftijd: 30-49").ShouldContain("- woning: huur").ShouldContain("doordeweekse avonden")
            .ShouldContain("Fatima el Amrani").ShouldContain("fatima@example.nl").ShouldNotContain("ABCD");
        Assert.Empty(beraad.Aanmeldingen);

        (await chat.SendAsync("ja")).ShouldContain("U bent aangemeld").ShouldContain("v-abcd2345");

        var aanmelding = Assert.Single(beraad.Aanmeldingen);
        Assert.Equal(7, aanmelding.BeraadId);
        Assert.Equal(FakeBurgerberaadDiensten.Code, aanmelding.Code);
        Assert.Equal("Fatima el Amrani", aanmelding.Naam);
        Assert.Equal("fatima@example.nl", aanmelding.Email);
        Assert.Null(aanmelding.Telefoon);
        Assert.Equal("doordeweekse avonden", aanmelding.Beschikbaarheid);
        Assert.Equal(new Dictionary<string, string> { ["leeftijd"] = "30-49", ["woning"] = "huur" }, aanmelding.Antwoorden);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task Register_CodeInFirstMessage_SkipsTheCodeQuestion_AndPhoneAndSkippedAvailabilityAreStored()
    {
        var beraad = new FakeBurgerberaadDiensten();
        var chat = Chat(beraad);

        (await chat.SendAsync("ik heb een brief met code ABCD-EFGH-JK23 voor het burgerberaad")).ShouldContain("Vraag 1 van 2");
        Assert.Empty(chat.Errors);
        await chat.SendAsync("2");
        await chat.SendAsync("koop");
        await chat.SendAsync("Overslaan");
        await chat.SendAsync("Jan");
        (await chat.SendAsync("06 12345678")).ShouldContain("niet opgegeven").ShouldContain("0612345678");
        await chat.SendAsync("ja");

        var aanmelding = Assert.Single(beraad.Aanmeldingen);
        Assert.Equal("30-49", aanmelding.Antwoorden["leeftijd"]);
        Assert.Equal("koop", aanmelding.Antwoorden["woning"]);
        Assert.Null(aanmelding.Beschikbaarheid);
        Assert.Equal("0612345678", aanmelding.Telefoon);
        Assert.Null(aanmelding.Email);
    }

    [Fact]
    public async Task WithBuurtbudgetToo_ALetterCodeNamedForTheBurgerberaad_Registers_AndAVotingCodeStillVotes()
    {
        // Both letters carry codes of the same form: the words the resident uses decide which one it is.
        var beraad = new FakeBurgerberaadDiensten();
        var budget = new FakeBuurtbudget();
        var chat = new TestConversation(new MemoryBotStorage(), buurtbudget: budget, burgerberaad: beraad);

        (await chat.SendAsync("burgerberaad ABCD-EFGH-JK23")).ShouldContain("Vraag 1 van 2");

        var stemmer = new TestConversation(new MemoryBotStorage(), conversationId: "conv-2", buurtbudget: budget, burgerberaad: beraad);
        (await stemmer.SendAsync($"stemcode {FakeBuurtbudget.Code}")).ShouldContain("Het stembiljet van");
        Assert.Empty(chat.Errors);
        Assert.Empty(stemmer.Errors);
    }

    [Fact]
    public async Task WrongCode_IsAskedAgainOnce_ThenThePageAndTheWijkcoordinatorAreOffered_NoLoop()
    {
        var beraad = new FakeBurgerberaadDiensten();
        var chat = Chat(beraad);

        await chat.SendAsync("ik wil me aanmelden voor het burgerberaad");
        (await chat.SendAsync("hallo")).ShouldContain("Een code heeft 12 tekens");
        (await chat.SendAsync("ZZZZ-ZZZZ-ZZZZ")).ShouldContain("hoort bij geen enkel burgerberaad").ShouldContain("Wat is de code op uw brief?");
        var opgegeven = await chat.SendAsync("YYYY-YYYY-YYYY");
        opgegeven.ShouldContain("webpagina die op uw brief staat").ShouldContain("wijkcoördinator");

        Assert.Equal(["ZZZZ-ZZZZ-ZZZZ", "YYYY-YYYY-YYYY"], beraad.GezochteCodes);
        Assert.Empty(beraad.Aanmeldingen);

        // The dialog has ended: the next message is routed from the top again, not taken as a code.
        (await chat.SendAsync("ABCD-EFGH-JK23")).ShouldNotContain("Vraag 1 van 2");
        Assert.Equal(2, beraad.GezochteCodes.Count);
    }

    [Fact]
    public async Task NumericValues_TypedExactly_AreTheValueNotAPosition()
    {
        var beraad = new FakeBurgerberaadDiensten();
        beraad.Kenmerken.Add(new BurgerberaadKenmerk("kinderen thuis", ["0", "1", "2", "3 of meer"]));
        beraad.Kenmerken.Add(new BurgerberaadKenmerk("jaren in de buurt", ["2", "5", "10"]));
        var chat = Chat(beraad);

        await chat.SendAsync("burgerberaad ABCD-EFGH-JK23");
        await chat.SendAsync("65+");
        await chat.SendAsync("huur");
        (await chat.SendAsync("1")).ShouldContain("jaren in de buurt");
        (await chat.SendAsync("5")).ShouldContain("Wanneer kunt u meedoen?");
        await chat.SendAsync("zaterdag");
        await chat.SendAsync("Piet");
        await chat.SendAsync("piet@example.nl");
        await chat.SendAsync("ja");

        var antwoorden = Assert.Single(beraad.Aanmeldingen).Antwoorden;
        Assert.Equal("1", antwoorden["kinderen thuis"]);
        Assert.Equal("5", antwoorden["jaren in de buurt"]);
    }

    [Fact]
    public async Task NotConfirmed_NothingIsRegistered()
    {
        var beraad = new FakeBurgerberaadDiensten();
        var chat = Chat(beraad);

        await chat.SendAsync("burgerberaad ABCD-EFGH-JK23");
        await chat.SendAsync("65+");
        await chat.SendAsync("huur");
        await chat.SendAsync("zaterdag");
        await chat.SendAsync("Piet");
        await chat.SendAsync("piet@example.nl");
        (await chat.SendAsync("nee")).ShouldContain("er is niets opgeslagen");

        Assert.Empty(beraad.Aanmeldingen);
    }

    [Fact]
    public async Task SecondRegistrationWithTheSameCode_SaysUpdated()
    {
        var beraad = new FakeBurgerberaadDiensten();
        var chat = Chat(beraad);
        foreach (var _ in new[] { 1, 2 })
        {
            await chat.SendAsync("burgerberaad ABCD-EFGH-JK23");
            await chat.SendAsync("65+");
            await chat.SendAsync("huur");
            await chat.SendAsync("zaterdag");
            await chat.SendAsync("Piet");
            await chat.SendAsync("piet@example.nl");
            await chat.SendAsync("ja");
        }

        chat.Transcript.Where(a => a.From?.Role == "bot").ToList().AsReadOnly().ShouldContain("is bijgewerkt");
        Assert.Equal(2, beraad.Aanmeldingen.Count);
    }

    [Fact]
    public async Task ClosedBeraad_SaysSo_AndAsksNothing()
    {
        var beraad = new FakeBurgerberaadDiensten { Uitkomst = BurgerberaadCodeUitkomst.Gesloten };
        var chat = Chat(beraad);

        (await chat.SendAsync("burgerberaad ABCD-EFGH-JK23")).ShouldContain("is gesloten").ShouldNotContain("Vraag 1");
    }

    [Fact]
    public async Task English_SignUp_IsUnderstood()
    {
        var beraad = new FakeBurgerberaadDiensten();
        var chat = Chat(beraad, "en-GB");

        (await chat.SendAsync("I want to sign up for the citizens' assembly")).ShouldContain("code on your letter");
        (await chat.SendAsync("ABCD-EFGH-JK23")).ShouldContain("Question 1 of 2 — leeftijd");
    }

    [Theory]
    [InlineData("ik wil me aanmelden voor het burgerberaad")]
    [InlineData("ik heb een brief met een code voor het burgerberaad")]
    [InlineData("I want to sign up for the citizens' assembly")]
    [InlineData("aanmelden burgerpanel")]
    public void Intent_IsBurgerberaad(string text) =>
        Assert.Equal(Intent.Burgerberaad, IntentRecognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("mijn code is ABCD-EFGH-JK23", true, "ABCD-EFGH-JK23")]
    [InlineData("abcd efgh jk23", true, "ABCD-EFGH-JK23")]
    [InlineData("ik heb een brief met code ABCD-EFGH-JK23 voor het burgerberaad", false, "ABCD-EFGH-JK23")]
    [InlineData("abcdefghjk23", false, "ABCD-EFGH-JK23")]
    [InlineData("ik wil me aanmelden voor het burgerberaad", false, "")]
    [InlineData("burgerberaad", true, "BURG-ERBE-RAAD")]
    [InlineData("OOOO-1111-LLLL", true, "")]
    public void Briefcode_IsFound(string text, bool alleenCode, string verwacht)
    {
        BriefcodeRecognizer.TryRecognize(text, alleenCode, out var code);
        Assert.Equal(verwacht, code);
    }
}

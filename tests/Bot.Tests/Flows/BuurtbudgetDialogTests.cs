using Participatie.Bot.Buurtbudget;
using Participatie.Bot.Localization;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class BuurtbudgetDialogTests
{
    private static TestConversation Chat(FakeBuurtbudget budget, string locale = "nl-NL") => new(buurtbudget: budget, locale: locale);

    [Fact]
    public async Task Proposal_StepByStep_AmountFromTheOpeningSentence_IsSubmittedWithTheRulesReasons()
    {
        var budget = new FakeBuurtbudget();
        var chat = Chat(budget);

        (await chat.SendAsync("Ik wil een voorstel indienen voor het buurtbudget, het kost ongeveer € 2.500"))
            .ShouldContain("Buurtbudget 2027").ShouldContain("Hoe heet uw voorstel");
        (await chat.SendAsync("Bankjes")).ShouldContain("Beschrijf uw voorstel");
        (await chat.SendAsync("kort")).ShouldContain("minstens één zin");
        // The amount was in the first sentence: not asked again.
        (await chat.SendAsync("Drie bankjes bij de vijver, zodat ouderen even kunnen zitten.")).ShouldContain("Waar in de buurt");
        (await chat.SendAsync("Vijverplein, 5341 AB")).ShouldContain("e-mailadres");
        (await chat.SendAsync("misschien")).ShouldContain("typ 'nee'");
        (await chat.SendAsync("nee")).ShouldContain("Zal ik het indienen").ShouldContain("€ 2.500");
        (await chat.SendAsync("ja")).ShouldContain("voldoet aan de voorwaarden");

        var voorstel = Assert.Single(budget.Voorstellen);
        Assert.Equal((7, "Bankjes", 2500m, "Vijverplein, 5341 AB", (string?)null), (voorstel.RondeId, voorstel.Titel, voorstel.Kosten, voorstel.Plek, voorstel.Contact));
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task Proposal_TooExpensive_TellsTheReason_AndTwoRoundsAreChosenFrom()
    {
        var budget = new FakeBuurtbudget();
        budget.Rondes.Add(new(8, "Buurtbudget Ruwaard", "Ruwaard", 500m));
        var chat = Chat(budget);

        var keuze = await chat.SendAsync("buurtbudget voorstel");
        keuze.ShouldContain("Voor welke buurtbudgetronde");
        Assert.Contains("Buurtbudget Ruwaard (Ruwaard)", keuze.Buttons());
        (await chat.SendAsync("Ruwaard")).ShouldContain("Hoe heet uw voorstel");
        await chat.SendAsync("Moestuin");
        await chat.SendAsync("Een moestuin voor de hele buurt bij het buurthuis.");
        (await chat.SendAsync("900 euro")).ShouldContain("Waar in de buurt");
        await chat.SendAsync("Ruwaard");
        await chat.SendAsync("06-12345678");
        (await chat.SendAsync("ja")).ShouldContain("kan zo niet op het stembiljet").ShouldContain("hoger dan het hele budget");
        Assert.Equal((8, "0612345678"), (budget.Voorstellen.Single().RondeId, budget.Voorstellen.Single().Contact));
    }

    [Fact]
    public async Task Proposal_NoRoundOpen_SaysSo()
    {
        var budget = new FakeBuurtbudget();
        budget.Rondes.Clear();
        (await Chat(budget).SendAsync("ik heb een idee voor het buurtbudget")).ShouldContain("geen buurtbudgetronde");
    }

    [Fact]
    public async Task Vote_CodeBallotLimitsConfirm_ThenAgainReplaces()
    {
        var budget = new FakeBuurtbudget();
        var chat = Chat(budget);

        (await chat.SendAsync("ik wil stemmen voor het buurtbudget")).ShouldContain("stemcode");
        (await chat.SendAsync("XYZ")).ShouldContain("12 letters en cijfers");
        var biljet = await chat.SendAsync("abcd efgh jkmn");
        biljet.ShouldContain("1. Speeltuin — € 600").ShouldContain("hoogstens 2 projecten").ShouldContain("hoogstens € 1.000");
        // Three projects: the Host's limits refuse it; the ballot comes again without asking the code twice.
        (await chat.SendAsync("1, 2 en 3")).ShouldContain("Kies hoogstens 2 projecten").ShouldContain("2. Bankjes");
        (await chat.SendAsync("1 en 2")).ShouldContain("U stemt voor: 1. Speeltuin, 2. Bankjes (samen € 900)");
        (await chat.SendAsync("ja")).ShouldContain("Uw stem is geteld");

        (await chat.SendAsync("stemcode ABCD-EFGH-JKMN")).ShouldContain("Het stembiljet van Buurtbudget Schadewijk");
        await chat.SendAsync("3");
        (await chat.SendAsync("ja")).ShouldContain("vervangt de vorige");

        Assert.Equal([["1", "2"], ["3"]], budget.Stemmen.Select(s => s.Projecten.ToArray()));
        Assert.All(budget.Stemmen, s => Assert.Equal((9, FakeBuurtbudget.Code), (s.RondeId, s.Code)));
    }

    [Fact]
    public async Task Vote_UnknownCode_OrNo_CountsNothing()
    {
        var budget = new FakeBuurtbudget();
        var chat = Chat(budget);
        (await chat.SendAsync("PPPP-QQQQ-RRRR")).ShouldContain("kan ik nu nergens stemmen");
        await chat.SendAsync("ABCD-EFGH-JKMN");
        await chat.SendAsync("2");
        (await chat.SendAsync("nee")).ShouldContain("niet verstuurd");
        Assert.Empty(budget.Stemmen);
    }

    [Fact]
    public async Task Vote_InEnglish()
    {
        var budget = new FakeBuurtbudget();
        var chat = Chat(budget, "en-US");
        (await chat.SendAsync("I want to vote for the participatory budget")).ShouldContain("voting code");
        (await chat.SendAsync(FakeBuurtbudget.Code)).ShouldContain("Type the numbers");
        (await chat.SendAsync("2")).ShouldContain("You vote for: 2. Bankjes");
        (await chat.SendAsync("yes")).ShouldContain("has been counted");
    }

    [Theory]
    [InlineData("kan ik buurtbudget krijgen voor een buurtfeest?", null)]
    [InlineData("ik heb een voorstel voor het buurtbudget", BuurtbudgetWens.Voorstellen)]
    [InlineData("stemmen buurtbudget", BuurtbudgetWens.Stemmen)]
    [InlineData("mijn stemcode is ABCD-EFGH-JKMN", BuurtbudgetWens.Stemmen)]
    [InlineData("wij willen een straatfeest organiseren", null)]
    public void Recognizer_KeepsSupportQuestionsApart(string text, BuurtbudgetWens? verwacht) =>
        Assert.Equal(verwacht, BuurtbudgetRecognizer.Recognize(text));

    [Fact]
    public void Texts_ExistInBothLanguagesWithTheSamePlaceholders()
    {
        foreach (var field in typeof(BuurtbudgetTextKeys).GetFields())
        {
            var key = (string)field.GetValue(null)!;
            Assert.Contains(key, BotTexts.Default.DutchKeys);
            Assert.Contains(key, BotTexts.Default.EnglishKeys);
            Assert.Equal(
                System.Text.RegularExpressions.Regex.Matches(BotTexts.Default.Get("nl-NL", key), @"\{\d").Select(m => m.Value).Order(),
                System.Text.RegularExpressions.Regex.Matches(BotTexts.Default.Get("en-US", key), @"\{\d").Select(m => m.Value).Order());
        }
    }
}

/// <summary>A round with a minimum age: the chat asks the birth year (self-declared) before the ballot.</summary>
public sealed class BuurtbudgetLeeftijdDialogTests
{
    [Fact]
    public async Task MinimumAge_AsksBirthYear_TooYoungIsTold_OldEnoughVotesWithTheYear()
    {
        var budget = new FakeBuurtbudget();
        budget.MetLeeftijd = budget.Biljet with { MinimumLeeftijd = 16 };
        var jong = new TestConversation(buurtbudget: budget, conversationId: "jong");
        (await jong.SendAsync(FakeBuurtbudget.Code)).ShouldContain("vanaf 16 jaar").ShouldContain("geboortejaar");
        (await jong.SendAsync("weet ik niet")).ShouldContain("vier cijfers");
        // The test clock's year: someone born 12 years before it is too young.
        (await jong.SendAsync((jong.Clock.GetUtcNow().Year - 12).ToString(System.Globalization.CultureInfo.InvariantCulture))).ShouldContain("dat bent u dit jaar nog niet");
        Assert.Empty(budget.Stemmen);
        Assert.Empty(jong.Errors);

        var oud = new TestConversation(buurtbudget: budget, conversationId: "oud");
        await oud.SendAsync(FakeBuurtbudget.Code);
        var jaar = oud.Clock.GetUtcNow().Year - 16;
        (await oud.SendAsync($"{jaar}")).ShouldContain("1. Speeltuin");
        await oud.SendAsync("2");
        (await oud.SendAsync("ja")).ShouldContain("Uw stem is geteld");
        Assert.Equal([jaar], budget.Geboortejaren.Select(j => j!.Value));
    }
}

using System.Text.Json;
using Participatie.Bot.Buurtbudget;
using Participatie.Bot.Schema;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

/// <summary>The approval ballot as an Adaptive Card in the chat, beside the text ballot that stays the fallback.</summary>
public sealed class BuurtbudgetStemkaartTests
{
    /// <summary>What Bot Framework Web Chat sends for the card's submit: no text, the inputs merged with the action's data.</summary>
    private static Activity Inzending(TestConversation chat, string projecten, int ronde = 9)
    {
        var activity = chat.Message(null);
        activity.Value = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["actie"] = BuurtbudgetStemkaart.Actie,
            ["ronde"] = ronde,
            ["projecten"] = projecten,
        });
        return activity;
    }

    private static JsonElement Kaart(IReadOnlyList<Activity> replies) =>
        Assert.Single(replies.SelectMany(r => r.Attachments ?? []), a => a.ContentType == BuurtbudgetStemkaart.ContentType).Content!.Value;

    [Fact]
    public async Task Card_HasACheckboxPerProjectWithItsCost_TheLimits_AndASubmit_BesideTheTextBallot()
    {
        var chat = new TestConversation(buurtbudget: new FakeBuurtbudget());
        var biljet = await chat.SendAsync(FakeBuurtbudget.Code);

        // The text ballot is still there, for typed answers and clients without cards.
        biljet.ShouldContain("1. Speeltuin — € 600").ShouldContain("Typ de nummers");
        var kaart = Kaart(biljet);
        Assert.Equal("AdaptiveCard", kaart.GetProperty("type").GetString());
        var body = kaart.GetProperty("body").EnumerateArray().ToList();
        Assert.Contains(body, b => b.GetProperty("type").GetString() == "TextBlock" && b.GetProperty("text").GetString()!.Contains("hoogstens 2 projecten", StringComparison.Ordinal)
            && b.GetProperty("text").GetString()!.Contains("hoogstens € 1.000", StringComparison.Ordinal));
        var keuzes = body.Single(b => b.GetProperty("type").GetString() == "Input.ChoiceSet");
        Assert.True(keuzes.GetProperty("isMultiSelect").GetBoolean());
        Assert.Equal("expanded", keuzes.GetProperty("style").GetString());
        Assert.Equal(
            [("1. Speeltuin — € 600", "1"), ("2. Bankjes — € 300", "2"), ("3. Moestuin — € 450", "3")],
            keuzes.GetProperty("choices").EnumerateArray().Select(c => (c.GetProperty("title").GetString(), c.GetProperty("value").GetString())).ToArray());
        var actie = Assert.Single(kaart.GetProperty("actions").EnumerateArray());
        Assert.Equal(("Action.Submit", "Stem versturen", BuurtbudgetStemkaart.Actie, 9),
            (actie.GetProperty("type").GetString(), actie.GetProperty("title").GetString(), actie.GetProperty("data").GetProperty("actie").GetString(), actie.GetProperty("data").GetProperty("ronde").GetInt32()));
    }

    [Fact]
    public async Task CardSubmit_Valid_IsCastWithoutAnotherQuestion_AndAgainReplacesIt()
    {
        var budget = new FakeBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget);
        await chat.SendAsync(FakeBuurtbudget.Code);

        (await chat.SendActivityAsync(Inzending(chat, "1,2")))
            .ShouldContain("Uw keuze: 1. Speeltuin, 2. Bankjes (samen € 900)").ShouldContain("Uw stem is geteld");

        await chat.SendAsync(FakeBuurtbudget.Code);
        (await chat.SendActivityAsync(Inzending(chat, "3"))).ShouldContain("vervangt de vorige");

        Assert.Equal([["1", "2"], ["3"]], budget.Stemmen.Select(s => s.Projecten.ToArray()));
        Assert.All(budget.Stemmen, s => Assert.Equal((9, FakeBuurtbudget.Code), (s.RondeId, s.Code)));
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task CardSubmit_OverTheLimit_IsRefusedWithTheHostsReason_AndTheCardComesAgain()
    {
        var budget = new FakeBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget);
        await chat.SendAsync(FakeBuurtbudget.Code);

        var antwoord = await chat.SendActivityAsync(Inzending(chat, "1,2,3"));
        antwoord.ShouldContain("Zo kan het stembiljet niet").ShouldContain("Kies hoogstens 2 projecten").ShouldContain("Het stembiljet van Buurtbudget Schadewijk");
        Kaart(antwoord);
        Assert.Empty(budget.Stemmen);

        // Nothing ticked (a client that skips the card's own check): refused too, not taken for "no answer".
        (await chat.SendActivityAsync(Inzending(chat, ""))).ShouldContain("Zo kan het stembiljet niet");
        Assert.Empty(budget.Stemmen);

        // The code was kept: the next submit counts.
        (await chat.SendActivityAsync(Inzending(chat, "2"))).ShouldContain("Uw stem is geteld");
        Assert.Equal(["2"], Assert.Single(budget.Stemmen).Projecten);
    }

    [Fact]
    public async Task CardSubmit_AfterVotingClosed_SaysSo_AndCountsNothing()
    {
        var budget = new FakeBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget);
        await chat.SendAsync(FakeBuurtbudget.Code);
        budget.Gesloten = true;

        (await chat.SendActivityAsync(Inzending(chat, "2"))).ShouldContain("Het stemmen is inmiddels gesloten").ShouldNotContain("Uw keuze");
        Assert.Empty(budget.Stemmen);
    }

    [Fact]
    public async Task CardSubmit_AfterTheDialogEnded_OrOfAnotherRound_IsNotCounted()
    {
        var budget = new FakeBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget);
        await chat.SendAsync(FakeBuurtbudget.Code);
        (await chat.SendAsync("stop")).ShouldNotContain("stembiljet");
        (await chat.SendActivityAsync(Inzending(chat, "2"))).ShouldContain("Deze stemkaart hoort bij een gesprek dat al is afgerond");

        await chat.SendAsync(FakeBuurtbudget.Code);
        (await chat.SendActivityAsync(Inzending(chat, "2", ronde: 4))).ShouldContain("Deze stemkaart hoort bij").ShouldContain("Het stembiljet van");
        Assert.Empty(budget.Stemmen);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task TypedNumbers_StillWork_WithTheCardShown()
    {
        var budget = new FakeBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget);
        await chat.SendAsync(FakeBuurtbudget.Code);
        (await chat.SendAsync("2")).ShouldContain("U stemt voor: 2. Bankjes");
        (await chat.SendAsync("ja")).ShouldContain("Uw stem is geteld");
        Assert.Equal(["2"], Assert.Single(budget.Stemmen).Projecten);
    }

    [Fact]
    public async Task InEnglish_TheCardIsInEnglish()
    {
        var chat = new TestConversation(buurtbudget: new FakeBuurtbudget(), locale: "en-US");
        var kaart = Kaart(await chat.SendAsync(FakeBuurtbudget.Code));
        Assert.Equal("Send my vote", kaart.GetProperty("actions")[0].GetProperty("title").GetString());
        Assert.Equal("en", kaart.GetProperty("lang").GetString());
    }
}

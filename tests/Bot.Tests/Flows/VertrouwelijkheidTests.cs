using System.Text.Json;
using Participatie.Bot.Buurtbudget;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Bot.State;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

/// <summary>
/// Ballot secrecy in the chat: every turn of the voting dialog (and the turn carrying a burgerberaad letter's code) goes
/// out with <c>channelData.confidential</c>, so the channel keeps no code and no choices; ordinary turns do not.
/// </summary>
public sealed class VertrouwelijkheidTests
{
    private static void Vertrouwelijk(IReadOnlyList<Activity> replies)
    {
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.True(Vertrouwelijkheid.IsConfidential(r), $"Not marked: {r.Text}"));
    }

    private static void Gewoon(IReadOnlyList<Activity> replies)
    {
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.False(Vertrouwelijkheid.IsConfidential(r), $"Marked: {r.Text}"));
    }

    [Fact]
    public async Task VotingDialog_EveryTurnFromTheCodeToTheConfirmation_IsMarked_TurnsBeforeAndAfterAreNot()
    {
        var budget = new FakeBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget);

        Gewoon(await chat.SendAsync("hallo"));
        Vertrouwelijk(await chat.SendAsync("ik wil stemmen voor het buurtbudget"));
        Vertrouwelijk(await chat.SendAsync("XYZ"));
        Vertrouwelijk(await chat.SendAsync(FakeBuurtbudget.Code));
        Vertrouwelijk(await chat.SendAsync("1, 2 en 3"));
        Vertrouwelijk(await chat.SendAsync("help"));
        Vertrouwelijk(await chat.SendAsync("1 en 2"));
        var bevestiging = await chat.SendAsync("ja");
        bevestiging.ShouldContain("Uw stem is geteld");
        Vertrouwelijk(bevestiging);
        Assert.Single(budget.Stemmen);

        Gewoon(await chat.SendAsync("wat kan ik hier doen?"));
        Gewoon(await chat.SendAsync("ik wil een straatfeest organiseren"));
    }

    [Fact]
    public async Task PointsBallot_EveryTurnIsMarked_TheTurnAfterIsNot()
    {
        var budget = new FakePuntenBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget, locale: "nl-NL");

        Vertrouwelijk(await chat.SendAsync("ik wil stemmen voor het buurtbudget"));
        Vertrouwelijk(await chat.SendAsync(FakePuntenBuurtbudget.Code));
        Vertrouwelijk(await chat.SendAsync("3 punten voor project 2"));
        Vertrouwelijk(await chat.SendAsync("klaar"));
        var bevestiging = await chat.SendAsync("ja");
        bevestiging.ShouldContain("Uw stem is geteld");
        Vertrouwelijk(bevestiging);
        Assert.Single(budget.Stemmen);

        Gewoon(await chat.SendAsync("wat kan ik hier doen?"));
    }

    [Fact]
    public async Task CodeInTheOpeningSentence_AndStop_AreMarked()
    {
        var chat = new TestConversation(buurtbudget: new FakeBuurtbudget());
        Vertrouwelijk(await chat.SendAsync("mijn stemcode is " + FakeBuurtbudget.Code));
        Vertrouwelijk(await chat.SendAsync("stop"));
        Gewoon(await chat.SendAsync("hallo"));
    }

    [Fact]
    public async Task CardSubmit_InTheDialog_AndAfterItEnded_IsMarked()
    {
        var budget = new FakeBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget);
        Vertrouwelijk(await chat.SendAsync(FakeBuurtbudget.Code));
        Vertrouwelijk(await chat.SendActivityAsync(Inzending(chat, "1,2")));
        Assert.Single(budget.Stemmen);

        // The same card pressed again after the dialog ended still carries a ballot.
        var laat = await chat.SendActivityAsync(Inzending(chat, "3"));
        Vertrouwelijk(laat);
        Assert.Single(budget.Stemmen);
    }

    [Fact]
    public async Task Burgerberaad_TheTurnWithTheLettersCode_IsMarked_TheRegistrationItselfIsNot()
    {
        var chat = new TestConversation(new MemoryBotStorage(), burgerberaad: new FakeBurgerberaadDiensten());
        Gewoon(await chat.SendAsync("ik wil me aanmelden voor het burgerberaad"));
        Vertrouwelijk(await chat.SendAsync("abcd efgh jk23"));
        Gewoon(await chat.SendAsync("30-49"));

        var direct = new TestConversation(new MemoryBotStorage(), burgerberaad: new FakeBurgerberaadDiensten());
        Vertrouwelijk(await direct.SendAsync("ik heb een brief met code ABCD-EFGH-JK23 voor het burgerberaad"));
    }

    [Fact]
    public void Mark_KeepsExistingChannelData()
    {
        var activity = new Activity { ChannelData = JsonSerializer.SerializeToElement(new { clientActivityId = "x1" }) };
        Assert.False(Vertrouwelijkheid.IsConfidential(activity));
        Vertrouwelijkheid.Mark(activity);
        Assert.True(Vertrouwelijkheid.IsConfidential(activity));
        Assert.Equal("x1", activity.ChannelData!.Value.GetProperty("clientActivityId").GetString());
    }

    private static Activity Inzending(TestConversation chat, string projecten)
    {
        var activity = chat.Message(null);
        activity.Value = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["actie"] = BuurtbudgetStemkaart.Actie,
            ["ronde"] = 9,
            ["projecten"] = projecten,
        });
        return activity;
    }
}

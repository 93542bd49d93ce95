using Participatie.Bot.State;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class RestartTests
{
    [Fact]
    public async Task Intake_HostRestartsMidDialog_ContinuesWithNewBotObjectsOverSameStorage()
    {
        var storage = new MemoryBotStorage();
        var diensten = new FakeDiensten();
        var before = new TestConversation(storage, diensten);
        await before.SendAsync("ik wil een buurtbarbecue organiseren");
        await before.SendAsync("ruwaard");
        Assert.Contains(storage.Keys, k => k.StartsWith("conversation/", StringComparison.Ordinal));

        // A new adapter, bot and dialogs: only the stored JSON survives.
        var after = new TestConversation(storage, diensten);
        (await after.SendAsync("Ruwaard-Noord")).ShouldContain("Voor wie");
        await after.SendAsync("kinderen");
        await after.SendAsync("de school");
        await after.SendAsync("10");
        await after.SendAsync("advies");

        var third = new TestConversation(storage, diensten);
        await third.SendAsync("klaar");
        await third.SendAsync("ja");
        await third.SendAsync("€ 300");
        await third.SendAsync("niets");
        await third.SendAsync("morgen");
        await third.SendAsync("Sam");
        (await third.SendAsync("sam@example.nl")).ShouldContain("Titel: Buurtbarbecue").ShouldContain("Ruwaard-Noord");
        (await third.SendAsync("ja")).ShouldContain("INI-2026-0042");

        var aanvraag = Assert.Single(diensten.Aanvragen);
        Assert.Equal("buurtbarbecue organiseren", aanvraag.Idee);
        Assert.Equal(FakeDiensten.RuwaardNoord.Code, aanvraag.BuurtCode);
        Assert.Equal(new DateOnly(2026, 11, 22), aanvraag.Startdatum);
        Assert.Empty(before.Errors.Concat(after.Errors).Concat(third.Errors));
    }

    [Fact]
    public async Task Status_AfterRestart_StillKnowsInitiativesOfTheConversation()
    {
        var storage = new MemoryBotStorage();
        var diensten = new FakeDiensten();
        var before = new TestConversation(storage, diensten);
        await IntakeDialogTests.RunToSummaryAsync(before);
        await before.SendAsync("ja");

        var after = new TestConversation(storage, diensten);
        (await after.SendAsync("status")).ShouldContain("INI-2026-0042");
    }

    [Fact]
    public async Task Conversations_SameStorage_DoNotShareDialogState()
    {
        var storage = new MemoryBotStorage();
        var diensten = new FakeDiensten();
        var one = new TestConversation(storage, diensten, conversationId: "a", userId: "ua");
        var two = new TestConversation(storage, diensten, conversationId: "b", userId: "ub");
        await one.SendAsync("ik wil een buurtbarbecue organiseren");
        (await two.SendAsync("Rozenstraat")).ShouldContain("begreep ik niet");
        (await one.SendAsync("Rozenstraat")).ShouldContain("postcode");
    }

    [Fact]
    public async Task Conversation_StoredStateUnreadable_StartsFreshInsteadOfFailingEveryTurn()
    {
        var storage = new MemoryBotStorage();
        var chat = new TestConversation(storage);
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        var key = Assert.Single(storage.Keys, k => k.StartsWith("conversation/", StringComparison.Ordinal));
        await storage.WriteAsync(key, "{\"dialogen\": 42, \"versie\": \"x\"}", StoredDocument.AnyETag, CancellationToken.None);

        (await chat.SendAsync("hallo")).ShouldContain("Hallo").ShouldOffer("Initiatief starten");
        (await chat.SendAsync("status")).ShouldContain("referentienummer");
        Assert.Empty(chat.Errors);
    }
}

using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Bot.State;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.State;

public sealed class BotStateTests
{
    private sealed class Counter
    {
        public int Count { get; set; }
    }

    private static TurnContext Turn(string conversationId = "c1", string userId = "u1") =>
        new(new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount(conversationId), From = new ChannelAccount(userId), ChannelId = "directline" }, new BotOptions(), new FixedClock());

    [Fact]
    public async Task Save_ChangedState_IsReadBackInANextTurn()
    {
        var storage = new MemoryBotStorage();
        var state = BotState<Counter>.ForConversation(storage);
        var turn = Turn();
        (await state.GetAsync(turn, CancellationToken.None)).Count = 3;
        await state.SaveAsync(turn, CancellationToken.None);

        var next = Turn();
        Assert.Equal(3, (await BotState<Counter>.ForConversation(storage).GetAsync(next, CancellationToken.None)).Count);
        Assert.Equal(["conversation/directline/c1"], storage.Keys);
    }

    [Fact]
    public async Task Save_UnchangedState_DoesNotWrite()
    {
        var storage = new MemoryBotStorage();
        var state = BotState<Counter>.ForUser(storage);
        var turn = Turn();
        await state.GetAsync(turn, CancellationToken.None);
        await state.SaveAsync(turn, CancellationToken.None);

        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task Save_TwoTurnsReadSameVersion_SecondSaveConflicts()
    {
        var storage = new MemoryBotStorage();
        var state = BotState<Counter>.ForConversation(storage);
        var seed = Turn();
        (await state.GetAsync(seed, CancellationToken.None)).Count = 1;
        await state.SaveAsync(seed, CancellationToken.None);

        var a = Turn();
        var b = Turn();
        (await state.GetAsync(a, CancellationToken.None)).Count = 2;
        (await state.GetAsync(b, CancellationToken.None)).Count = 5;
        await state.SaveAsync(a, CancellationToken.None);

        await Assert.ThrowsAsync<BotStorageConflictException>(() => state.SaveAsync(b, CancellationToken.None));
    }

    [Fact]
    public void Keys_IdsWithSlashes_AreEscaped()
    {
        var state = BotState<Counter>.ForUser(new MemoryBotStorage());
        var activity = new Activity { ChannelId = "direct/line", From = new ChannelAccount("a/b") };

        Assert.Equal("user/direct%2Fline/a%2Fb", state.KeyFor(activity));
    }
}

using System.Text.Json;
using Participatie.Bot.Flows;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Bot.State;

namespace Participatie.Bot.Tests.Testing;

/// <summary>
/// A conversation with the real bot over the real adapter, as the Host would drive it: send an activity,
/// get the turn's replies. Every activity goes through JSON on the way in and out, like on the wire.
/// </summary>
public sealed class TestConversation
{
    private readonly BotAdapter _adapter;
    private int _sequence;

    public TestConversation(IBotStorage? storage = null, FakeDiensten? diensten = null, FixedClock? clock = null, string locale = "nl-NL", string conversationId = "conv-1", string userId = "user-1",
        Participatie.Bot.Diensten.IBuurtbudgetDiensten? buurtbudget = null,
        Participatie.Bot.Diensten.IBurgerberaadDiensten? burgerberaad = null)
    {
        Storage = storage ?? new MemoryBotStorage();
        Diensten = diensten ?? new FakeDiensten();
        Clock = clock ?? new FixedClock();
        Locale = locale;
        ConversationId = conversationId;
        UserId = userId;
        _adapter = ParticipatieBotFactory.CreateAdapter(Storage, Diensten, Clock, onTurnError: (exception, _) => Errors.Add(exception), buurtbudget: buurtbudget, burgerberaad: burgerberaad);
    }

    public IBotStorage Storage { get; }

    public FakeDiensten Diensten { get; }

    public FixedClock Clock { get; }

    public string? Locale { get; set; }

    public string ConversationId { get; }

    public string UserId { get; }

    public List<Exception> Errors { get; } = [];

    public List<Activity> Transcript { get; } = [];

    public Task<IReadOnlyList<Activity>> SendAsync(string? text) => SendActivityAsync(Message(text));

    public async Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity)
    {
        var wire = JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(activity, BotJson.Options), BotJson.Options)!;
        Transcript.Add(wire);
        var replies = new List<Activity>();
        var calls = 0;
        await _adapter.ProcessActivityAsync(wire, (batch, _) =>
        {
            calls++;
            replies.AddRange(batch.Select(r => JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(r, BotJson.Options), BotJson.Options)!));
            return Task.CompletedTask;
        }, CancellationToken.None);
        Assert.True(calls <= 1, "sendReplies was called more than once in one turn");
        Transcript.AddRange(replies);
        return replies;
    }

    public Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{ConversationId}|{++_sequence:D7}",
        Text = text,
        Locale = Locale,
        ChannelId = "directline",
        From = new ChannelAccount(UserId, "Bewoner", "user"),
        Recipient = new ChannelAccount("participatie-bot", "Participatie", "bot"),
        Conversation = new ConversationAccount(ConversationId),
        Timestamp = Clock.GetUtcNow(),
    };

    public Activity ConversationUpdate(params string[] memberIds) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = $"{ConversationId}|{++_sequence:D7}",
        Locale = Locale,
        ChannelId = "directline",
        From = new ChannelAccount(UserId, "Bewoner", "user"),
        Recipient = new ChannelAccount("participatie-bot", "Participatie", "bot"),
        Conversation = new ConversationAccount(ConversationId),
        MembersAdded = memberIds.Select(id => new ChannelAccount(id)).ToList(),
    };

    public Activity Event(string name) => new()
    {
        Type = ActivityTypes.Event,
        Name = name,
        Id = $"{ConversationId}|{++_sequence:D7}",
        Locale = Locale,
        ChannelId = "directline",
        From = new ChannelAccount(UserId, "Bewoner", "user"),
        Recipient = new ChannelAccount("participatie-bot", "Participatie", "bot"),
        Conversation = new ConversationAccount(ConversationId),
    };
}

using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Chat;

/// <summary>
/// Runs bot turns for Direct Line: stores what the resident sent, lets the bot answer, stores the
/// replies — all under the conversation's lock so turns and sequence numbers stay in order.
/// </summary>
public sealed partial class ChatTurnRunner(
    BotAdapter adapter,
    ConversationStore store,
    ConversationLocks locks,
    ILogger<ChatTurnRunner> logger)
{
    /// <summary>
    /// The turn running in this async flow. A proactive message for the same conversation raised during the
    /// turn (e.g. the routing workflow started by the intake tells the resident something) is sent after the
    /// turn's own replies instead of waiting for the conversation's lock, which this turn holds.
    /// </summary>
    private static readonly AsyncLocal<TurnScope?> CurrentTurn = new();

    private sealed class TurnScope(string conversationId)
    {
        public string ConversationId { get; } = conversationId;
        public List<Activity> Pending { get; } = [];
        public List<Func<CancellationToken, Task>> AfterTurn { get; } = [];
    }
    /// <summary>The bot greets a new conversation without waiting for the first message.</summary>
    public async Task StartAsync(ChatConversation conversation, CancellationToken ct)
    {
        await using var _ = await locks.AcquireAsync(conversation.Id, ct);
        var current = await store.FindAsync(conversation.Id, ct);
        if (current is null || current.IsGestart)
        {
            return;
        }

        var user = new ChannelAccount(conversation.UserId, role: "user");
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversation.Id + "|start",
            ChannelId = ConversationStore.ChannelId,
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = adapter.Options.BotAccount,
            Locale = conversation.Locale,
            MembersAdded = [adapter.Options.BotAccount, user],
        };
        await adapter.ProcessActivityAsync(update, (replies, token) => store.AppendAsync(conversation.Id, replies, token), ct);
        await store.MarkStartedAsync(conversation.Id, ct);
    }

    /// <summary>Stores the resident's activity (echoed to the client with its server id) and runs the bot's turn on it.</summary>
    public async Task<string> ReceiveAsync(ChatConversation conversation, Activity incoming, CancellationToken ct)
    {
        await using var _ = await locks.AcquireAsync(conversation.Id, ct);
        incoming.From = new ChannelAccount(conversation.UserId, incoming.From?.Name, "user");
        incoming.Recipient = adapter.Options.BotAccount;
        incoming.Locale ??= conversation.Locale;
        incoming.ServiceUrl = null;
        incoming.Timestamp = null;
        var stored = await store.AppendAsync(conversation.Id, [incoming], ct);
        if (incoming.Type == ActivityTypes.EndOfConversation)
        {
            await store.EndAsync(conversation.Id, ct);
            return stored[0].Id!;
        }

        if (incoming.Type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.ConversationUpdate)
        {
            var scope = new TurnScope(conversation.Id);
            CurrentTurn.Value = scope;
            try
            {
                await adapter.ProcessActivityAsync(incoming, (replies, token) => store.AppendAsync(conversation.Id, replies, token), ct);
            }
            finally
            {
                CurrentTurn.Value = null;
            }

            if (scope.Pending.Count > 0)
            {
                await store.AppendAsync(conversation.Id, scope.Pending, ct);
            }

            foreach (var deliver in scope.AfterTurn)
            {
                await deliver(ct);
            }
        }
        else
        {
            LogIgnored(incoming.Type ?? "(none)", conversation.Id);
        }

        return stored[0].Id!;
    }

    /// <summary>
    /// Runs <paramref name="deliver"/> under the conversation's lock, so what it appends keeps the conversation's order.
    /// Raised during that conversation's own turn (which holds the lock), it runs right after the turn's replies.
    /// </summary>
    public async Task UnderConversationLockAsync(string conversationId, Func<CancellationToken, Task> deliver, CancellationToken ct)
    {
        if (CurrentTurn.Value is { } turn && turn.ConversationId == conversationId)
        {
            turn.AfterTurn.Add(deliver);
            return;
        }

        await using var _ = await locks.AcquireAsync(conversationId, ct);
        await deliver(ct);
    }

    /// <summary>Appends bot activities to a conversation outside of a user's turn (proactive messages).</summary>
    public async Task SendProactiveAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        if (CurrentTurn.Value is { } turn && turn.ConversationId == conversationId)
        {
            turn.Pending.AddRange(activities);
            return;
        }

        await using var _ = await locks.AcquireAsync(conversationId, ct);
        await store.AppendAsync(conversationId, activities, ct);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Activity of type {Type} in conversation {ConversationId} stored, not sent to the bot")]
    private partial void LogIgnored(string type, string conversationId);
}

using Participatie.Bot.Diensten;
using Participatie.Bot.Flows;
using Participatie.Bot.Localization;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Chat;

/// <summary>
/// Sends a resident a message about their initiative in the conversation it came from. The message is
/// stored with the conversation, so it arrives on the next poll or stream, also when the resident comes
/// back later.
/// </summary>
public sealed class ResidentNotifier(ConversationStore store, ChatTurnRunner turns, BotAdapter adapter, TimeProvider clock)
{
    private readonly ProactiveMessageFactory messages = new(BotTexts.Default, clock, adapter.Options);

    /// <summary>False when the initiative has no (known) conversation to write to.</summary>
    public async Task<bool> NotifyAsync(string? conversationId, InitiatiefMelding melding, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return false;
        }

        var conversation = await store.FindAsync(conversationId, ct);
        if (conversation is null)
        {
            return false;
        }

        await turns.SendProactiveAsync(conversation.Id, [Bericht(conversation, melding)], ct);
        return true;
    }

    /// <summary>The proactive message for <paramref name="melding"/> in the conversation's language.</summary>
    public Activity Bericht(ChatConversation conversation, InitiatiefMelding melding)
    {
        var reference = new ConversationReference
        {
            Conversation = new ConversationAccount(conversation.Id),
            User = new ChannelAccount(conversation.UserId, role: "user"),
            Bot = adapter.Options.BotAccount,
            ChannelId = ConversationStore.ChannelId,
            Locale = conversation.Locale,
        };
        return messages.Create(reference, melding);
    }
}

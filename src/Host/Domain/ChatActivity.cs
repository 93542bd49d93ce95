
namespace Participatie.Host.Domain;

/// <summary>One stored activity of a conversation (user message, bot reply or proactive message), in order.</summary>
public class ChatActivity
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }

    /// <summary>1, 2, 3… within the conversation; the watermark is the last one a client has seen.</summary>
    public int Volgnummer { get; set; }

    /// <summary>The activity id the client sees: <c>{conversationId}|{volgnummer:0000000}</c>.</summary>
    public required string ActivityId { get; set; }

    /// <summary>The activity as Direct Line sends it (camelCase JSON, unknown fields kept).</summary>
    public required string Json { get; set; }

    public DateTime Tijdstip { get; set; }

    /// <summary>
    /// Part of a confidential bot turn (casting a vote, a letter's code): the content is kept only until the client has
    /// fetched it, never shown to staff, then replaced by a placeholder (<c>VertrouwelijkeChatOpruiming</c>).
    /// </summary>
    public bool Vertrouwelijk { get; set; }

    /// <summary>When the content of a confidential activity was replaced by the placeholder; null while it is still there.</summary>
    public DateTime? GeredigeerdOp { get; set; }
}


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
}

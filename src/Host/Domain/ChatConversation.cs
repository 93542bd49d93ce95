
namespace Participatie.Host.Domain;

/// <summary>A resident's chat conversation, as Direct Line knows it.</summary>
public class ChatConversation
{
    /// <summary>Random, unguessable id (128 bits, base64url).</summary>
    public required string Id { get; set; }

    /// <summary>The resident's channel user id (anonymous, generated when the token is issued).</summary>
    public required string UserId { get; set; }

    public string? Locale { get; set; }
    public DateTime AangemaaktOp { get; set; }
    public DateTime LaatsteActiviteitOp { get; set; }

    /// <summary>Set when the conversation ended; Direct Line then answers 404.</summary>
    public DateTime? BeeindigdOp { get; set; }

    /// <summary>Sequence number of the last stored activity; the Direct Line watermark.</summary>
    public int LaatsteVolgnummer { get; set; }

    /// <summary>True once the bot has greeted this conversation.</summary>
    public bool IsGestart { get; set; }
}

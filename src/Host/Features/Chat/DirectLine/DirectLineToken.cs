namespace Participatie.Host.Features.Chat.DirectLine;

/// <summary>What a valid token grants: exactly one conversation, for one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

namespace Participatie.Bot.State;

/// <summary>Thrown when a state document changed since it was read (etag mismatch).</summary>
public sealed class BotStorageConflictException : Exception
{
    public BotStorageConflictException()
    {
    }

    public BotStorageConflictException(string message)
        : base(message)
    {
    }

    public BotStorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static BotStorageConflictException For(string key) =>
        new($"The state document '{key}' was changed by another turn.");
}

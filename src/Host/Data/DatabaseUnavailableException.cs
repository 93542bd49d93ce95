namespace Participatie.Host.Data;

/// <summary>The database is misconfigured or cannot be reached: the Host stops at start with this one line, not a stack trace.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

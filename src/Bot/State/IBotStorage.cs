namespace Participatie.Bot.State;

/// <summary>
/// Key → JSON document store for bot state, with optimistic concurrency. The Host implements it over
/// its database (one row per key: key, json text, etag); <see cref="MemoryBotStorage"/> is the in-memory version.
/// </summary>
public interface IBotStorage
{
    /// <summary>The document stored under <paramref name="key"/>, or null.</summary>
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="json"/> under <paramref name="key"/> and returns the new etag.
    /// <paramref name="expectedETag"/>: null = the key must not exist yet; <see cref="StoredDocument.AnyETag"/> ("*") =
    /// write unconditionally; otherwise it must equal the stored etag. A mismatch throws <see cref="BotStorageConflictException"/>.
    /// </summary>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Deletes the key (same etag rules as <see cref="WriteAsync"/>, null meaning unconditional). True when something was deleted.</summary>
    Task<bool> DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using System.Globalization;

namespace Participatie.Bot.State;

/// <summary>Thread-safe in-memory <see cref="IBotStorage"/>; keeps JSON text, exactly like a database would.</summary>
public sealed class MemoryBotStorage : IBotStorage
{
    private readonly ConcurrentDictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public int Count => _documents.Count;

    public IReadOnlyCollection<string> Keys => _documents.Keys.ToArray();

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_documents.TryGetValue(key, out var document) ? document : null);
    }

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _documents.TryGetValue(key, out var current);
            var matches = expectedETag switch
            {
                StoredDocument.AnyETag => true,
                null => current is null,
                _ => current is not null && current.ETag == expectedETag,
            };
            if (!matches)
            {
                throw BotStorageConflictException.For(key);
            }

            var etag = (++_version).ToString(CultureInfo.InvariantCulture);
            _documents[key] = new StoredDocument(key, json, etag);
            return Task.FromResult(etag);
        }
    }

    public Task<bool> DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_documents.TryGetValue(key, out var current))
            {
                return Task.FromResult(false);
            }

            if (expectedETag is not null && expectedETag != StoredDocument.AnyETag && expectedETag != current.ETag)
            {
                throw BotStorageConflictException.For(key);
            }

            return Task.FromResult(_documents.TryRemove(key, out _));
        }
    }
}

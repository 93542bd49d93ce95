using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;

namespace Participatie.Bot.State;

/// <summary>
/// A typed, JSON-serialised state document scoped to the conversation or the user. Loaded once per turn,
/// written back with the etag it was read with (so a concurrent turn causes a conflict instead of a lost update).
/// </summary>
public sealed class BotState<T>
    where T : class, new()
{
    private readonly IBotStorage _storage;
    private readonly string _name;
    private readonly Func<Activity, string?> _keyOf;

    private BotState(IBotStorage storage, string name, Func<Activity, string?> keyOf)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _name = name;
        _keyOf = keyOf;
    }

    /// <summary>State of the conversation: key <c>conversation/{channelId}/{conversationId}</c>.</summary>
    public static BotState<T> ForConversation(IBotStorage storage) =>
        new(storage, "conversation", a => a.Conversation?.Id is { Length: > 0 } id ? $"conversation/{Escape(a.ChannelId)}/{Escape(id)}" : null);

    /// <summary>State of the user: key <c>user/{channelId}/{userId}</c>.</summary>
    public static BotState<T> ForUser(IBotStorage storage) =>
        new(storage, "user", a => a.From?.Id is { Length: > 0 } id ? $"user/{Escape(a.ChannelId)}/{Escape(id)}" : null);

    /// <summary>The storage key for the given activity, or null when it cannot be determined.</summary>
    public string? KeyFor(Activity activity) => _keyOf(activity);

    /// <summary>The state for this turn (a fresh <typeparamref name="T"/> when nothing is stored yet).</summary>
    public async Task<T> GetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var entry = turn.Get<Entry>(CacheKey);
        if (entry is not null)
        {
            return entry.Value;
        }

        var key = _keyOf(turn.Activity);
        StoredDocument? document = key is null ? null : await _storage.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        var value = document is null ? new T() : Read(document.Json);
        entry = new Entry(key, value, document?.ETag, document?.Json ?? BotJson.Serialize(new T()));
        turn.Set(CacheKey, entry);
        return value;
    }

    /// <summary>Writes the state back when it was loaded in this turn and changed.</summary>
    public async Task SaveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var entry = turn.Get<Entry>(CacheKey);
        if (entry?.Key is null)
        {
            return;
        }

        var json = BotJson.Serialize(entry.Value);
        if (json == entry.Json)
        {
            return;
        }

        entry.ETag = await _storage.WriteAsync(entry.Key, json, entry.ETag, cancellationToken).ConfigureAwait(false);
        entry.Json = json;
    }

    /// <summary>Replaces this turn's state by a fresh value (saved at the end of the turn).</summary>
    public async Task<T> ResetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        await GetAsync(turn, cancellationToken).ConfigureAwait(false);
        var entry = turn.Get<Entry>(CacheKey)!;
        entry.Value = new T();
        return entry.Value;
    }

    /// <summary>
    /// The stored value; a document that no longer fits <typeparamref name="T"/> (corrupt, or from an incompatible
    /// version) starts fresh rather than failing every turn. It is overwritten with the etag it was read with.
    /// </summary>
    private static T Read(string json)
    {
        try
        {
            return BotJson.Deserialize<T>(json) ?? new T();
        }
        catch (System.Text.Json.JsonException)
        {
            return new T();
        }
    }

    private string CacheKey => $"botstate:{_name}:{typeof(T).FullName}";

    private static string Escape(string? part) => Uri.EscapeDataString(part ?? string.Empty);

    private sealed class Entry(string? key, T value, string? etag, string? json)
    {
        public string? Key { get; } = key;

        public T Value { get; set; } = value;

        public string? ETag { get; set; } = etag;

        public string? Json { get; set; } = json;
    }
}

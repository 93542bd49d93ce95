namespace Participatie.Bot.State;

/// <summary>A stored state document: its key, its JSON text and the etag of this version.</summary>
public sealed record StoredDocument(string Key, string Json, string ETag)
{
    /// <summary>The etag that matches any stored version.</summary>
    public const string AnyETag = "*";
}

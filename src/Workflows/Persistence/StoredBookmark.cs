using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Persistence;

/// <summary>A bookmark with the instance it belongs to.</summary>
public sealed record StoredBookmark(string InstanceId, Bookmark Bookmark);

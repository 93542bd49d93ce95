
namespace Participatie.Host.Domain;

/// <summary>Bot conversation or user state: a JSON document under a key, with an etag for optimistic concurrency.</summary>
public class BotStateDocument
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public required string ETag { get; set; }
    public DateTime GewijzigdOp { get; set; }
}

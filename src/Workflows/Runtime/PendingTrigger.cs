using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>The trigger an instance was started by, with what it received; consumed by the trigger activity's first run.</summary>
internal sealed record PendingTrigger(string ActivityId, JsonNode? Payload);

using System.Text.Json.Serialization;

namespace Participatie.Workflows.Runtime;

/// <summary>Coarse instance status, as in Elsa: Running until the root completes, then Finished.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))]
public enum WorkflowStatus { Running, Finished }

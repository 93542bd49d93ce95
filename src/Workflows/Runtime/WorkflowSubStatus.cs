using System.Text.Json.Serialization;

namespace Participatie.Workflows.Runtime;

/// <summary>Fine instance status, as in Elsa.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowSubStatus>))]
public enum WorkflowSubStatus { Pending, Executing, Suspended, Finished, Cancelled, Faulted }

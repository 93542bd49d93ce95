using System.Text.Json.Serialization;

namespace Participatie.Workflows.Runtime;

/// <summary>What happens to the instance when an activity faults. An incident is recorded either way.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultStrategy>))]
public enum FaultStrategy
{
    /// <summary>Stop executing; the instance ends Finished/Faulted (Elsa's default). The instance and its journal are kept.</summary>
    FaultWorkflow,
    /// <summary>The faulted branch stops; other branches continue; the instance can still finish normally.</summary>
    ContinueWithIncidents,
}

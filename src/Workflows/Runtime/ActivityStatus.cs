using System.Text.Json.Serialization;

namespace Participatie.Workflows.Runtime;

/// <summary>Status of one activity execution.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityStatus>))]
public enum ActivityStatus { Running, Completed, Canceled, Faulted }

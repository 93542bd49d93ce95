using System.Text.Json.Serialization;

namespace Participatie.Workflows.Runtime;

/// <summary>Elsa's two flowchart execution modes. Counter-based is Elsa's default.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FlowchartMode>))]
public enum FlowchartMode { CounterBased, TokenBased }

using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Tooling;

/// <summary>Options of <c>workflows run</c>.</summary>
public sealed record RunOptions
{
    public required string File { get; init; }
    /// <summary>Further definitions (children, workflows used as activities).</summary>
    public IReadOnlyList<string> With { get; init; } = [];
    public JsonObject? Input { get; init; }
    /// <summary>Events delivered in order after the first suspension.</summary>
    public IReadOnlyList<(string Name, JsonNode? Payload)> Events { get; init; } = [];
    /// <summary>Then resume every remaining bookmark by id with the same input until none remain.</summary>
    public bool ResumeAll { get; init; }
    public FlowchartMode FlowchartMode { get; init; } = FlowchartMode.CounterBased;
    /// <summary>Host hook: add domain activities, the CSharp evaluator, services.</summary>
    public Action<WorkflowEngineBuilder>? Configure { get; init; }
}

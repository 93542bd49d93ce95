using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>Variables, input and output of a workflow running as an activity inside another.</summary>
public sealed class WorkflowScope
{
    public string DefinitionId { get; set; } = "";
    public JsonObject Input { get; set; } = [];
    public JsonObject Output { get; set; } = [];
    public JsonObject Variables { get; set; } = [];
    public JsonObject ActivityOutputs { get; set; } = [];
}

using System.Text.Json.Nodes;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Model;

namespace Participatie.Workflows.Runtime;

/// <summary>The variables, input and output of the workflow an activity runs in.</summary>
internal sealed record ScopeView(
    WorkflowDefinition Definition,
    JsonObject Variables,
    JsonObject Input,
    JsonObject Output,
    JsonObject ActivityOutputs,
    ActivityExecutionContext? Owner);

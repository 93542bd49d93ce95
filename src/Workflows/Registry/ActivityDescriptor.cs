using Participatie.Workflows.Activities;

namespace Participatie.Workflows.Registry;

/// <summary>What the designer palette and the compiler know about an activity type.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    string Category,
    string DisplayName,
    string? Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Ports,
    Func<Activity> Factory)
{
    /// <summary>Set for workflows used as activities: the definition id behind the type.</summary>
    public string? WorkflowDefinitionId { get; init; }
    /// <summary>True for Flowchart, Sequence and other activities that hold activities.</summary>
    public bool IsContainer { get; init; }
}

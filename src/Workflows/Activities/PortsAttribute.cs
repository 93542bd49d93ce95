namespace Participatie.Workflows.Activities;

/// <summary>The outcome ports of an activity (default: <c>Done</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PortsAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}

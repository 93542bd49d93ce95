namespace Participatie.Workflows.Activities;

/// <summary>An activity with a single <c>body</c> slot (ForEach, ParallelForEach, FlowNode).</summary>
public interface IBodyActivity
{
    Activity? Body { get; set; }
}

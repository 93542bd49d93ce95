namespace Participatie.Workflows.Activities;

/// <summary>An activity holding a list of activities (Flowchart, Sequence).</summary>
public interface IContainerActivity
{
    List<Activity> Activities { get; }
}

namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>How a FlowJoin waits for its inbound branches.</summary>
public enum FlowJoinMode { WaitAny, WaitAll, WaitAllActive }

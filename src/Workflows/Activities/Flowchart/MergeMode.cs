namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>Token-based flowchart merge behaviour of an activity with several inbound connections (customProperties.mergeMode).</summary>
public enum MergeMode { None, Stream, Merge, Converge, Cascade, Race }

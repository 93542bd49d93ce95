namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>A compiled flowchart connection.</summary>
public sealed record FlowConnection(int Index, Activity Source, string SourcePort, Activity Target, string TargetPort);

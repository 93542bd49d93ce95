namespace Participatie.Workflows.Runtime;

/// <summary>Engine-wide defaults.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>Default flowchart mode for new instances (Elsa's default is counter-based).</summary>
    public FlowchartMode FlowchartMode { get; set; } = FlowchartMode.CounterBased;
    public FaultStrategy FaultStrategy { get; set; } = FaultStrategy.FaultWorkflow;
    /// <summary>Where WriteLine output goes after each successful save (null: only in run results).</summary>
    public TextWriter? Output { get; set; }
    /// <summary>Upper bound of activity executions in one run burst (guards against endless loops).</summary>
    public int MaxActivitiesPerBurst { get; set; } = 100_000;
    /// <summary>Journal entries kept per instance (oldest dropped beyond this).</summary>
    public int MaxJournalEntries { get; set; } = 10_000;
}

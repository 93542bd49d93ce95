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
    /// <summary>How many due timers are resumed at once: a slow instance holds one worker, not the whole dispatch.</summary>
    public int TimerWorkers { get; set; } = Math.Max(2, Environment.ProcessorCount);
    /// <summary>How long one timer-driven step may take before it is cancelled (its state is then left as it was).</summary>
    public TimeSpan TimerStepTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>
    /// How far back a sweep looks for occurrences of Timer, Cron and StartAt triggers: an occurrence missed by longer
    /// (every node down) is skipped, as Elsa skips what fell due while it was down.
    /// </summary>
    public TimeSpan TriggerCatchUp { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Most occurrences of one schedule trigger started in one sweep (the latest ones).</summary>
    public int MaxTriggerOccurrencesPerSweep { get; set; } = 100;
    /// <summary>Characters of an HTTP body kept in the journal (request and response); the rest is cut.</summary>
    public int HttpJournalBodyLimit { get; set; } = 4096;
    /// <summary>
    /// Whether the journal keeps an activity's inputs when neither the activity nor its workflow says
    /// (<c>customProperties.logPersistenceMode</c>). Elsa's default is yes; the Host says no, since inputs may carry
    /// personal data that every staff member reading instances would see.
    /// </summary>
    public bool JournalInputsByDefault { get; set; } = true;
    /// <summary>Characters of a text input kept in the journal; the rest is cut.</summary>
    public int JournalInputTextLimit { get; set; } = 4096;
}

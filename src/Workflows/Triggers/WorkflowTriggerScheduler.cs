using System.Collections.Concurrent;
using System.Globalization;
using Participatie.Workflows.Activities.Scheduling;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Triggers;

/// <summary>
/// Starts instances of published workflows whose start is a Timer, Cron or StartAt, once per occurrence. Each
/// occurrence has its own instance id (<see cref="WorkflowTriggerIndex.InstanceIdFor"/>), derived from the definition,
/// the activity and the occurrence's time, so that however many nodes sweep, the instance store's key lets only one
/// start through: a second start of the same occurrence fails with <see cref="WorkflowConcurrencyException"/> and
/// stores nothing.
/// </summary>
public sealed class WorkflowTriggerScheduler
{
    private readonly EngineContext _engine;
    private readonly WorkflowTriggerIndex _index;
    /// <summary>Occurrences this node knows have started (saves a store look-up each sweep); dropped once out of the catch-up window.</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _started = new(StringComparer.Ordinal);

    internal WorkflowTriggerScheduler(EngineContext engine, WorkflowTriggerIndex index)
    {
        _engine = engine;
        _index = index;
    }

    /// <summary>Starts occurrences that could not be started in the last sweep, with the reason (they are tried again).</summary>
    public IReadOnlyList<(string DefinitionId, string Reason)> LastFailures { get; private set; } = [];

    /// <summary>Starts every due, not yet started occurrence within the catch-up window; returns how many instances started.</summary>
    public async Task<int> StartDueAsync(CancellationToken cancellationToken = default)
    {
        var now = _engine.Time.GetUtcNow();
        var options = _engine.Options;
        var started = 0;
        var failures = new List<(string, string)>();
        foreach (var (id, at) in _started)
            if (at < now - options.TriggerCatchUp - options.TriggerCatchUp) _started.TryRemove(id, out _);

        foreach (var trigger in (await _index.ListAsync(cancellationToken)).Where(t => t.IsSchedule))
        {
            var lower = now - options.TriggerCatchUp;
            if (trigger.PublishedAt is { } published && published > lower) lower = published;
            foreach (var occurrence in Occurrences(trigger, lower, now, options.MaxTriggerOccurrencesPerSweep))
            {
                var instanceId = WorkflowTriggerIndex.InstanceIdFor(trigger, occurrence.UtcTicks.ToString(CultureInfo.InvariantCulture));
                if (_started.ContainsKey(instanceId)) continue;
                try
                {
                    if (await _engine.InstanceStore.FindAsync(instanceId, cancellationToken) is null)
                    {
                        await _engine.Runtime.StartAsync(new StartWorkflowRequest
                        {
                            DefinitionId = trigger.DefinitionId,
                            DefinitionVersionId = trigger.DefinitionVersionId,
                            InstanceId = instanceId,
                            TriggerActivityId = trigger.ActivityId,
                            Properties = new() { ["TriggeredAt"] = occurrence.ToString("O", CultureInfo.InvariantCulture) },
                        }, cancellationToken);
                        started++;
                    }
                    _started[instanceId] = occurrence;
                }
                catch (WorkflowConcurrencyException)
                {
                    // Another node started this occurrence a moment ago.
                    _started[instanceId] = occurrence;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Nothing was stored; the occurrence stays due while it is within the catch-up window.
                    failures.Add((trigger.DefinitionId, ex.Message));
                }
            }
        }
        LastFailures = failures;
        return started;
    }

    /// <summary>Occurrences in (<paramref name="after"/>, <paramref name="until"/>], oldest first, at most the last <paramref name="max"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Occurrences(WorkflowTrigger trigger, DateTimeOffset after, DateTimeOffset until, int max)
    {
        var result = new Queue<DateTimeOffset>();
        void Add(DateTimeOffset at)
        {
            result.Enqueue(at);
            if (result.Count > max) result.Dequeue();
        }
        switch (trigger.ActivityType)
        {
            case TriggerTypes.Timer when trigger.Interval is { } interval && interval > TimeSpan.Zero:
                // Intervals count from the publication, the same on every node.
                var anchor = trigger.PublishedAt ?? DateTimeOffset.UnixEpoch;
                var first = Math.Max(1, (after - anchor).Ticks / interval.Ticks + 1);
                var last = (until - anchor).Ticks / interval.Ticks;
                for (var k = Math.Max(first, last - max + 1); k <= last; k++) Add(anchor + TimeSpan.FromTicks(interval.Ticks * k));
                break;
            case TriggerTypes.Cron when trigger.CronExpression is { } text && CronSchedule.Parse(text, out _) is { } cron:
                for (var next = cron.Next(after); next is { } at && at <= until; next = cron.Next(at)) Add(at);
                break;
            case TriggerTypes.StartAt when trigger.At is { } moment && moment > after && moment <= until:
                Add(moment);
                break;
        }
        return [.. result];
    }
}

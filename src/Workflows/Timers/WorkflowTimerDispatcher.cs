using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Timers;

/// <summary>
/// Finds due timer bookmarks in the instance store (so timers survive restarts) and resumes them. Several nodes may
/// run it: optimistic concurrency lets exactly one resume each timer. Due timers run on a bounded number of workers,
/// each step under its own time limit, and one instance's failure never stops the others: a runaway or broken
/// instance cannot starve the rest.
/// </summary>
public sealed class WorkflowTimerDispatcher(WorkflowRuntime runtime, TimeProvider time, WorkflowEngineOptions options, Triggers.WorkflowTriggerScheduler? scheduler = null) : IWorkflowTimerDispatcher
{
    /// <summary>Timers that could not be resumed in the last dispatch, with the reason (for operations and tests).</summary>
    public IReadOnlyList<(string InstanceId, string Reason)> LastFailures { get; private set; } = [];

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await runtime.FindBookmarksAsync(new BookmarkQuery { DueBefore = time.GetUtcNow() }, cancellationToken);
        var fired = 0;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<(string, string)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.TimerWorkers), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due.OrderBy(b => b.Bookmark.DueAt), parallel, async (item, token) =>
        {
            using var step = CancellationTokenSource.CreateLinkedTokenSource(token);
            step.CancelAfter(options.TimerStepTimeout);
            try
            {
                await runtime.ResumeBookmarkAsync(item.InstanceId, item.Bookmark.Id, null, step.Token);
                Interlocked.Increment(ref fired);
            }
            catch (Exception ex) when (ex is WorkflowNotFoundException or WorkflowConcurrencyException)
            {
                // Fired elsewhere meanwhile.
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                failures.Enqueue((item.InstanceId, $"step took longer than {options.TimerStepTimeout.TotalSeconds:0} s and was cancelled"));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Nothing of the failed step was stored; the timer stays due and is tried again next time.
                failures.Enqueue((item.InstanceId, ex.Message));
            }
        });
        // Published workflows whose start is a Timer, Cron or StartAt: new instances, once per occurrence.
        if (scheduler is not null)
        {
            fired += await scheduler.StartDueAsync(cancellationToken);
            foreach (var (definitionId, reason) in scheduler.LastFailures) failures.Enqueue(("(start of " + definitionId + ")", reason));
        }
        LastFailures = [.. failures];
        return fired;
    }
}

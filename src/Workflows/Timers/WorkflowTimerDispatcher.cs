using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Timers;

/// <summary>
/// Finds due timer bookmarks in the instance store (so timers survive restarts) and resumes them. Several nodes may
/// run it: optimistic concurrency lets exactly one resume each timer.
/// </summary>
public sealed class WorkflowTimerDispatcher(WorkflowRuntime runtime, TimeProvider time) : IWorkflowTimerDispatcher
{
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await runtime.FindBookmarksAsync(new BookmarkQuery { DueBefore = time.GetUtcNow() }, cancellationToken);
        var fired = 0;
        foreach (var (instanceId, bookmark) in due.OrderBy(b => b.Bookmark.DueAt))
        {
            try
            {
                await runtime.ResumeBookmarkAsync(instanceId, bookmark.Id, null, cancellationToken);
                fired++;
            }
            catch (Exception ex) when (ex is WorkflowNotFoundException or WorkflowConcurrencyException)
            {
                // Fired elsewhere meanwhile.
            }
        }
        return fired;
    }
}

using System.Text.Json.Nodes;
using Participatie.Workflows.Activities.Composition;
using Participatie.Workflows.Activities.Primitives;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Model;
using Participatie.Workflows.Persistence;

namespace Participatie.Workflows.Runtime;

/// <summary>
/// Starts, resumes, signals and cancels instances. Every call loads the instance from the store, runs one burst and
/// saves with the version it loaded (optimistic concurrency); a stale save throws
/// <see cref="WorkflowConcurrencyException"/> and changes nothing. In-commit effects are saved in the same
/// transaction as the state; WriteLine output and after-commit actions happen only after a successful save.
/// </summary>
public sealed class WorkflowRuntime
{
    private readonly EngineContext _engine;
    private const int LockStripes = 128;
    /// <summary>Maximum depth of child workflows started synchronously by ExecuteWorkflow.</summary>
    public const int MaxNesting = 32;
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    internal WorkflowRuntime(EngineContext engine) => _engine = engine;

    /// <summary>Creates an instance of the definition and runs it until it finishes or waits.</summary>
    public async Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        if (request.ParentExecution?.Depth >= MaxNesting)
            throw new InvalidOperationException($"ExecuteWorkflow nested more than {MaxNesting} levels deep (a workflow starting itself?).");
        var definition = await ResolveDefinitionAsync(request, cancellationToken);
        var graph = await _engine.Compiler.GetAsync(definition, null, cancellationToken);
        var now = _engine.Time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = request.InstanceId ?? Guid.NewGuid().ToString("N"),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            Version = definition.Version,
            Name = definition.Name,
            CorrelationId = request.CorrelationId,
            FlowchartMode = request.FlowchartMode ?? _engine.Options.FlowchartMode,
            FaultStrategy = request.FaultStrategy ?? _engine.Options.FaultStrategy,
            ParentInstanceId = request.ParentInstanceId,
            Input = (JsonObject?)request.Input?.DeepClone() ?? [],
            PinnedVersions = new Dictionary<string, string>(graph.Pinned),
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var (key, value) in request.Properties ?? []) instance.Properties[key] = value;
        if (request.ParentInstanceId is not null) instance.Properties["ParentInstanceId"] = request.ParentInstanceId;
        if (request.ParentBookmarkId is not null) instance.Properties["ParentBookmarkId"] = request.ParentBookmarkId;
        foreach (var input in definition.Inputs)
            if (instance.Input[input.Name] is { } value) instance.Input[input.Name] = ValueConverter.Coerce(value, ValueConverter.DeclaredType(input));
        foreach (var variable in definition.Variables)
            instance.Variables[variable.Name] = ValueConverter.Coerce(variable.Value, variable.TypeName);

        if (request.TriggerActivityId is { } triggerId) instance.Properties["TriggerActivityId"] = triggerId;
        var execution = new WorkflowExecution(_engine, graph, instance, cancellationToken)
        {
            Depth = (request.ParentExecution?.Depth ?? -1) + 1,
            Trigger = request.TriggerActivityId is { } trigger ? new PendingTrigger(trigger, request.TriggerPayload) : null,
            HttpResponse = request.HttpResponse,
        };
        execution.InCommit.AddRange(request.InCommit ?? []);
        execution.ScheduleRoot();
        await execution.RunAsync();
        instance.UpdatedAt = _engine.Time.GetUtcNow();
        if (request.ParentExecution is { } parent)
        {
            // A child started inside another instance's burst: its effects commit with the parent's step.
            parent.InCommit.AddRange(execution.InCommit);
            await _engine.InstanceStore.SaveAsync(instance, 0, cancellationToken);
        }
        else
        {
            await _engine.InstanceStore.SaveAsync(instance, 0, execution.InCommit, cancellationToken);
        }
        return await CommitAsync(execution, request.ParentExecution, notifyParent: request.ParentExecution is null, cancellationToken);
    }

    /// <summary>Resumes one bookmark of an instance with input (the bookmark's activity decides what to do with it).</summary>
    public async Task<WorkflowRunResult> ResumeBookmarkAsync(string instanceId, string bookmarkId, JsonNode? input = null, CancellationToken cancellationToken = default)
    {
        var execution = await UnderLockAsync(instanceId, async instance =>
        {
            var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId)
                ?? throw new WorkflowNotFoundException($"Instance '{instanceId}' has no bookmark '{bookmarkId}' (already resumed?).");
            var execution = await LoadAsync(instance, cancellationToken);
            await execution.ResumeAsync(bookmark, input);
            return execution;
        }, cancellationToken);
        return await CommitAsync(execution, null, notifyParent: true, cancellationToken);
    }

    /// <summary>
    /// Delivers a named event to every waiting Event activity: only bookmarks with this correlation id when one is
    /// given (bookmarks are correlation-scoped), only one instance when <paramref name="instanceId"/> is given. Unless
    /// it is meant for one instance, the event also starts every published workflow whose start is an Event with this
    /// name (<c>canStartWorkflow</c>), with the correlation id and the payload as the Event's result. Give
    /// <paramref name="occurrenceId"/> (e.g. the domain record's id) when the event may be raised again for the same
    /// occurrence (a repair after a crash): each trigger then starts once per occurrence.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> TriggerEventAsync(string eventName, string? correlationId, JsonNode? payload = null, string? instanceId = null, CancellationToken cancellationToken = default, string? occurrenceId = null)
    {
        var matches = await _engine.InstanceStore.FindBookmarksAsync(
            new BookmarkQuery { Name = Event.BookmarkName, Key = eventName, CorrelationId = correlationId, InstanceId = instanceId }, cancellationToken);
        var results = (await ResumeAllAsync(matches, payload, cancellationToken)).ToList();
        if (instanceId is not null) return results;
        foreach (var trigger in await _engine.Triggers.ListAsync(cancellationToken))
        {
            if (trigger.ActivityType != Triggers.TriggerTypes.Event || trigger.EventName != eventName) continue;
            try
            {
                results.Add(await StartAsync(new StartWorkflowRequest
                {
                    DefinitionId = trigger.DefinitionId,
                    DefinitionVersionId = trigger.DefinitionVersionId,
                    InstanceId = occurrenceId is null ? null : Triggers.WorkflowTriggerIndex.InstanceIdFor(trigger, "event:" + occurrenceId),
                    CorrelationId = correlationId,
                    TriggerActivityId = trigger.ActivityId,
                    TriggerPayload = payload?.DeepClone(),
                }, cancellationToken));
            }
            catch (WorkflowConcurrencyException)
            {
                // This occurrence started this workflow before.
            }
            catch (WorkflowNotFoundException)
            {
                // The definition was deleted after the triggers were listed.
            }
        }
        return results;
    }

    /// <summary>Completes a task requested by a RunTask activity.</summary>
    public async Task<WorkflowRunResult?> CompleteTaskAsync(string taskId, JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        var matches = await _engine.InstanceStore.FindBookmarksAsync(new BookmarkQuery { Name = RunTask.BookmarkName, Key = taskId }, cancellationToken);
        return (await ResumeAllAsync(matches, result, cancellationToken)).FirstOrDefault();
    }

    /// <summary>Resumes bookmarks of any kind that match a query (domain stimuli such as a human task decision).</summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> ResumeAsync(BookmarkQuery query, JsonNode? input = null, CancellationToken cancellationToken = default) =>
        await ResumeAllAsync(await _engine.InstanceStore.FindBookmarksAsync(query, cancellationToken), input, cancellationToken);

    /// <summary>Cancels a running instance (Finished/Cancelled).</summary>
    public async Task<WorkflowRunResult> CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var execution = await UnderLockAsync(instanceId, async instance =>
        {
            var execution = await LoadAsync(instance, cancellationToken);
            await execution.CancelInstanceAsync();
            return execution;
        }, cancellationToken);
        return await CommitAsync(execution, null, notifyParent: false, cancellationToken);
    }

    /// <summary>
    /// Loads, changes and saves one instance while holding its in-process lock (other processes are kept out by the
    /// store's optimistic concurrency). After-commit work runs after the lock is released, so it may touch the same
    /// instance again (a local PublishEvent).
    /// </summary>
    private async Task<WorkflowExecution> UnderLockAsync(string instanceId, Func<WorkflowInstance, Task<WorkflowExecution>> change, CancellationToken cancellationToken)
    {
        // Striped in-process locks (bounded memory); no runtime call is made while one is held.
        var gate = _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(instanceId) % LockStripes)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            var instance = await _engine.InstanceStore.FindAsync(instanceId, cancellationToken)
                ?? throw new WorkflowNotFoundException($"Workflow instance '{instanceId}' does not exist.");
            var expected = instance.ConcurrencyVersion;
            var execution = await change(instance);
            instance.UpdatedAt = _engine.Time.GetUtcNow();
            await _engine.InstanceStore.SaveAsync(instance, expected, execution.InCommit, cancellationToken);
            return execution;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The instance with its journal, incidents and bookmarks.</summary>
    public Task<WorkflowInstance?> GetAsync(string instanceId, CancellationToken cancellationToken = default) =>
        _engine.InstanceStore.FindAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default) =>
        _engine.InstanceStore.ListAsync(filter, cancellationToken);

    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkQuery query, CancellationToken cancellationToken = default) =>
        _engine.InstanceStore.FindBookmarksAsync(query, cancellationToken);

    private async Task<IReadOnlyList<WorkflowRunResult>> ResumeAllAsync(IReadOnlyList<StoredBookmark> matches, JsonNode? input, CancellationToken cancellationToken)
    {
        var results = new List<WorkflowRunResult>();
        foreach (var match in matches)
        {
            try
            {
                results.Add(await ResumeBookmarkAsync(match.InstanceId, match.Bookmark.Id, input?.DeepClone(), cancellationToken));
            }
            catch (WorkflowNotFoundException)
            {
                // Resumed or removed meanwhile (e.g. by another node): nothing to do.
            }
            catch (WorkflowConcurrencyException)
            {
                // Another node resumed this instance first; its bookmark state wins.
            }
        }
        return results;
    }

    private async Task<WorkflowExecution> LoadAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        if (!_engine.DefinitionCache.TryGetValue(instance.DefinitionVersionId, out var definition))
        {
            definition = await _engine.DefinitionStore.FindByVersionIdAsync(instance.DefinitionVersionId, cancellationToken)
                ?? throw new WorkflowNotFoundException($"Definition version '{instance.DefinitionVersionId}' of instance '{instance.Id}' does not exist.");
            _engine.DefinitionCache[definition.Id] = definition;
        }
        var graph = await _engine.Compiler.GetAsync(definition, instance.PinnedVersions, cancellationToken);
        return new WorkflowExecution(_engine, graph, instance, cancellationToken);
    }

    private async Task<WorkflowRunResult> CommitAsync(WorkflowExecution execution, WorkflowExecution? parent, bool notifyParent, CancellationToken cancellationToken)
    {
        var instance = execution.Instance;
        var result = new WorkflowRunResult(instance, execution.Lines.ToList());
        if (parent is not null)
        {
            // Started inside another instance's burst: its output and side effects wait for the parent's commit.
            parent.Lines.AddRange(execution.Lines);
            parent.AfterCommit.AddRange(execution.AfterCommit);
            return result;
        }
        if (_engine.Options.Output is { } output && execution.Lines.Count > 0)
            lock (output) // instances run in parallel; keep each burst's lines together
                foreach (var line in execution.Lines) output.WriteLine(line);
        foreach (var action in execution.AfterCommit) await action(cancellationToken);
        if (notifyParent && instance.Status == WorkflowStatus.Finished
            && instance.ParentInstanceId is { } parentId && instance.Properties.TryGetValue("ParentBookmarkId", out var bookmarkId))
        {
            try
            {
                await ResumeBookmarkAsync(parentId, bookmarkId, ExecuteWorkflow.Summarize(instance), cancellationToken);
            }
            catch (WorkflowNotFoundException)
            {
                // The parent no longer waits (canceled or finished).
            }
        }
        return result;
    }

    private async Task<WorkflowDefinition> ResolveDefinitionAsync(StartWorkflowRequest request, CancellationToken cancellationToken)
    {
        if (request.DefinitionVersionId is { } versionId)
            return _engine.DefinitionCache.TryGetValue(versionId, out var byId) ? byId
                : await _engine.DefinitionStore.FindByVersionIdAsync(versionId, cancellationToken)
                ?? throw new WorkflowNotFoundException($"Definition version '{versionId}' does not exist.");
        var key = (request.AllowDraft ? "runnable:" : "published:") + request.DefinitionId;
        if (_engine.DefinitionCache.TryGetValue(key, out var cached)) return cached;
        var versions = await _engine.DefinitionStore.ListVersionsAsync(request.DefinitionId, cancellationToken);
        var definition = versions.Where(v => v.IsPublished).MaxBy(v => v.Version)
            ?? (request.AllowDraft ? versions.MaxBy(v => v.Version) : null)
            ?? throw new WorkflowNotFoundException($"Workflow definition '{request.DefinitionId}' has no published version.");
        _engine.DefinitionCache[key] = definition;
        return definition;
    }
}

using System.Text.Json.Nodes;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Activities.Composition;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Model;

namespace Participatie.Workflows.Runtime;

/// <summary>One burst of execution of one instance: runs scheduled work until nothing is left or everything waits.</summary>
internal sealed class WorkflowExecution
{
    private readonly Queue<(ActivityExecutionContext Context, IReadOnlyList<string> Outcomes)> _completions = new();
    private readonly Dictionary<string, ActivityExecutionContext> _contexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _pendingOutputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action> _beforeSave = new(StringComparer.Ordinal);
    private bool _stopped;
    private int _executed;

    public WorkflowExecution(EngineContext engine, CompiledWorkflow graph, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        Engine = engine;
        Graph = graph;
        Instance = instance;
        CancellationToken = cancellationToken;
        foreach (var state in instance.Contexts)
            if (graph.Nodes.TryGetValue(state.NodeId, out var activity))
                _contexts[state.Id] = new ActivityExecutionContext(this, state, activity);
            else
                throw new InvalidOperationException($"Instance {instance.Id} refers to activity {state.NodeId}, which its definition version does not have.");
    }

    public EngineContext Engine { get; }
    public CompiledWorkflow Graph { get; }
    public WorkflowInstance Instance { get; }
    public CancellationToken CancellationToken { get; }
    public List<string> Lines { get; } = [];
    /// <summary>How many ExecuteWorkflow levels started this burst synchronously (0 for a top-level run).</summary>
    public int Depth { get; init; }
    /// <summary>The trigger this burst started with, until its activity consumed it.</summary>
    public PendingTrigger? Trigger { get; set; }
    /// <summary>The HTTP response of the request that started or resumed this burst, if any.</summary>
    public Http.HttpResponseSlot? HttpResponse { get; init; }
    public List<Func<CancellationToken, Task>> AfterCommit { get; } = [];
    /// <summary>Domain effects that commit in the same transaction as this burst's state.</summary>
    public List<Persistence.CommitEffect> InCommit { get; } = [];
    public DateTimeOffset Now => Engine.Time.GetUtcNow();
    private JsonNode? LastResult { get; set; }

    // ---------------------------------------------------------------- running

    public void ScheduleRoot(JsonObject? tag = null) =>
        Instance.Scheduled.Add(new WorkItem { NodeId = Graph.Root.NodeId, OwnerContextId = null, Tag = tag });

    public async Task RunAsync()
    {
        if (Instance.Status == WorkflowStatus.Finished) return;
        Instance.SubStatus = WorkflowSubStatus.Executing;
        while (!_stopped)
        {
            CancellationToken.ThrowIfCancellationRequested();
            if (_completions.Count > 0)
            {
                var (context, outcomes) = _completions.Dequeue();
                await ProcessCompletionAsync(context, outcomes);
                continue;
            }
            if (Instance.Scheduled.Count == 0) break;
            var item = Instance.Scheduled[0];
            Instance.Scheduled.RemoveAt(0);
            if (++_executed > Engine.Options.MaxActivitiesPerBurst && Graph.Nodes.TryGetValue(item.NodeId, out var runaway))
            {
                // A loop that never waits: fault the instance (and keep it) instead of spinning forever.
                Instance.Incidents.Add(new Incident
                {
                    ActivityId = runaway.Id, ActivityName = runaway.Name, ActivityType = runaway.Type, NodeId = runaway.NodeId,
                    Message = $"More than {Engine.Options.MaxActivitiesPerBurst} activities ran without waiting: endless loop?",
                    At = Now,
                });
                FinishInstance(WorkflowSubStatus.Faulted);
                break;
            }
            await ExecuteWorkItemAsync(item);
        }
        SettleStatus();
    }

    public async Task ResumeAsync(Bookmark bookmark, JsonNode? input)
    {
        Instance.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        if (!_contexts.TryGetValue(bookmark.ContextId, out var context))
            throw new InvalidOperationException($"Bookmark {bookmark.Id} points to a context that no longer exists.");
        Instance.SubStatus = WorkflowSubStatus.Executing;
        await GuardAsync(context, () => context.Activity.ResumeAsync(context, bookmark, input));
        await EnsureProgressAsync(context);
        await RunAsync();
    }

    public async Task CancelInstanceAsync()
    {
        foreach (var root in _contexts.Values.Where(c => c.State.ParentId is null).ToList())
            await CancelAsync(root, notifyParent: false);
        Instance.Scheduled.Clear();
        Instance.Bookmarks.Clear();
        Instance.Status = WorkflowStatus.Finished;
        Instance.SubStatus = WorkflowSubStatus.Cancelled;
        Instance.FinishedAt = Now;
    }

    /// <summary>Registers state to write into a context's properties once, before the instance is saved.</summary>
    public void BeforeSave(ActivityExecutionContext context, Action flush) => _beforeSave[context.Id] = flush;

    private void SettleStatus()
    {
        foreach (var (contextId, flush) in _beforeSave)
            if (_contexts.ContainsKey(contextId)) flush();
        _beforeSave.Clear();
        if (Instance.Status == WorkflowStatus.Finished) return;
        if (Instance.Bookmarks.Count > 0)
        {
            Instance.SubStatus = WorkflowSubStatus.Suspended;
            return;
        }
        // Nothing scheduled and nothing waiting: the instance cannot continue.
        FinishInstance(WorkflowSubStatus.Finished);
    }

    private void FinishInstance(WorkflowSubStatus subStatus)
    {
        Instance.Status = WorkflowStatus.Finished;
        Instance.SubStatus = subStatus;
        Instance.FinishedAt = Now;
        Instance.Scheduled.Clear();
        Instance.Bookmarks.Clear();
        foreach (var c in _contexts.Values.Where(c => c.State.Status == ActivityStatus.Running).ToList())
            CloseJournal(c, ActivityStatus.Canceled, []);
        _contexts.Clear();
        Instance.Contexts.Clear();
        _stopped = true;
    }

    private async Task ExecuteWorkItemAsync(WorkItem item)
    {
        if (!Graph.Nodes.TryGetValue(item.NodeId, out var activity))
            throw new InvalidOperationException($"Unknown node {item.NodeId}.");
        if (item.OwnerContextId is not null && !_contexts.ContainsKey(item.OwnerContextId)) return; // owner gone
        var state = new ActivityContextState
        {
            Id = "c" + (++Instance.NextSequence),
            NodeId = activity.NodeId,
            ActivityId = activity.Id,
            ParentId = item.OwnerContextId,
            Status = ActivityStatus.Running,
            Locals = item.Locals,
        };
        var entry = new JournalEntry
        {
            Sequence = ++Instance.NextSequence,
            ActivityId = activity.Id,
            ActivityName = activity.Name,
            ActivityType = activity.Type,
            NodeId = activity.NodeId,
            StartedAt = Now,
            Status = ActivityStatus.Running,
        };
        state.JournalSequence = entry.Sequence;
        Instance.Journal.Add(entry);
        if (Instance.Journal.Count > Engine.Options.MaxJournalEntries) Instance.Journal.RemoveAt(0);
        Instance.Contexts.Add(state);
        var context = new ActivityExecutionContext(this, state, activity) { Tag = item.Tag };
        _contexts[state.Id] = context;
        await GuardAsync(context, () => activity.ExecuteAsync(context));
        if (context.State.Status == ActivityStatus.Running && Instance.Bookmarks.Any(b => b.ContextId == state.Id))
        {
            var journal = FindJournal(state);
            if (journal is not null) journal.Suspended = true;
        }
        await EnsureProgressAsync(context);
    }

    /// <summary>An activity that neither completed, blocked on a bookmark nor scheduled work would hang its parent: fault it.</summary>
    private async Task EnsureProgressAsync(ActivityExecutionContext context)
    {
        if (_stopped || context.State.Status != ActivityStatus.Running || !_contexts.ContainsKey(context.Id)) return;
        if (Instance.Bookmarks.Any(b => b.ContextId == context.Id) || HasPendingWork(context)) return;
        await FaultAsync(context, new TargetedFaultException(
            $"Activity {context.Activity.Id} ({context.Activity.Type}) neither completed, created a bookmark nor scheduled work."));
    }

    private async Task GuardAsync(ActivityExecutionContext context, Func<ValueTask> action)
    {
        try
        {
            await action();
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            await FaultAsync(context, ex);
        }
    }

    private async Task FaultAsync(ActivityExecutionContext context, Exception ex)
    {
        var activity = context.Activity;
        var message = ex is TargetedFaultException ? ex.Message : ex is ExpressionEvaluationException or FormatException or WorkflowFaultException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
        Instance.Incidents.Add(new Incident
        {
            ActivityId = activity.Id,
            ActivityName = activity.Name,
            ActivityType = activity.Type,
            NodeId = activity.NodeId,
            Message = message,
            ExceptionType = ex.GetType().FullName,
            At = Now,
        });
        foreach (var child in ChildrenOf(context)) await CancelAsync(child, notifyParent: false);
        Instance.Scheduled.RemoveAll(w => w.OwnerContextId == context.Id);
        Instance.Bookmarks.RemoveAll(b => b.ContextId == context.Id);
        context.State.Status = ActivityStatus.Faulted;
        CloseJournal(context, ActivityStatus.Faulted, [], message);
        _completions.Clear();
        if (Instance.FaultStrategy == FaultStrategy.FaultWorkflow)
        {
            FinishInstance(WorkflowSubStatus.Faulted);
            return;
        }
        // Continue with incidents: drop the faulted branch; the rest runs on.
        Remove(context);
    }

    public void Complete(ActivityExecutionContext context, IReadOnlyList<string> outcomes)
    {
        if (context.State.Status != ActivityStatus.Running) return;
        context.State.Status = ActivityStatus.Completed;
        _completions.Enqueue((context, outcomes));
    }

    private async Task ProcessCompletionAsync(ActivityExecutionContext context, IReadOnlyList<string> outcomes)
    {
        if (!_contexts.ContainsKey(context.Id)) return;
        foreach (var child in ChildrenOf(context)) await CancelAsync(child, notifyParent: false);
        Instance.Scheduled.RemoveAll(w => w.OwnerContextId == context.Id);
        Instance.Bookmarks.RemoveAll(b => b.ContextId == context.Id);
        var outputs = _pendingOutputs.GetValueOrDefault(context.Id);
        _pendingOutputs.Remove(context.Id);
        if (context.Activity.Name is { } name)
            FindScope(context, forOwnIO: true).ActivityOutputs[name] = outputs?.DeepClone() ?? new JsonObject();
        if (outputs is not null && outputs.Count > 0)
            LastResult = outputs.Count == 1 ? outputs.First().Value?.DeepClone() : outputs["Result"]?.DeepClone() ?? outputs.DeepClone();
        CloseJournal(context, ActivityStatus.Completed, outcomes, outputs: outputs);
        var parent = ParentOf(context);
        Remove(context);
        if (parent is null)
        {
            if (context.Activity == Graph.Root)
            {
                if (Instance.Outcomes.Count == 0) Instance.Outcomes = [.. outcomes];
                FinishInstance(WorkflowSubStatus.Finished);
            }
            return;
        }
        await GuardAsync(parent, () => parent.Activity.OnChildCompletedAsync(parent, context, outcomes));
    }

    public async ValueTask CancelAsync(ActivityExecutionContext context, bool notifyParent)
    {
        if (!_contexts.ContainsKey(context.Id)) return;
        foreach (var child in ChildrenOf(context)) await CancelAsync(child, notifyParent: false);
        Instance.Scheduled.RemoveAll(w => w.OwnerContextId == context.Id);
        Instance.Bookmarks.RemoveAll(b => b.ContextId == context.Id);
        context.State.Status = ActivityStatus.Canceled;
        CloseJournal(context, ActivityStatus.Canceled, []);
        var parent = ParentOf(context);
        Remove(context);
        if (notifyParent && parent is not null && parent.State.Status == ActivityStatus.Running)
            await GuardAsync(parent, () => parent.Activity.OnChildCanceledAsync(parent, context));
    }

    public async ValueTask CompleteWorkflowAsync(ActivityExecutionContext from, IReadOnlyList<string> outcomes)
    {
        var boundary = ParentOf(from);
        while (boundary is not null && !boundary.Activity.IsWorkflowBoundary && boundary.State.ParentId is not null)
            boundary = ParentOf(boundary);
        if (boundary is null)
        {
            CloseJournal(from, ActivityStatus.Completed, outcomes);
            Instance.Outcomes = [.. outcomes];
            FinishInstance(WorkflowSubStatus.Finished);
            return;
        }
        CloseJournal(from, ActivityStatus.Completed, outcomes);
        from.State.Status = ActivityStatus.Completed;
        Remove(from);
        foreach (var child in ChildrenOf(boundary)) await CancelAsync(child, notifyParent: false);
        Instance.Scheduled.RemoveAll(w => w.OwnerContextId == boundary.Id);
        if (boundary.Activity is WorkflowDefinitionActivity workflowActivity)
            workflowActivity.Finish(boundary, outcomes);
        else
            Complete(boundary, outcomes);
    }

    public ValueTask FinishInstanceAsync(ActivityExecutionContext from)
    {
        CloseJournal(from, ActivityStatus.Completed, ["Done"]);
        FinishInstance(WorkflowSubStatus.Finished);
        return ValueTask.CompletedTask;
    }

    private void Remove(ActivityExecutionContext context)
    {
        _contexts.Remove(context.Id);
        Instance.Contexts.Remove(context.State);
    }

    /// <summary>
    /// Keeps an input's value (credentials masked) on the activity's journal entry when Elsa's <c>logPersistenceMode</c> includes it: the
    /// input's own mode, else the activity's default, else its workflow's default (the workflow used as an activity it
    /// belongs to, or the instance's), else <see cref="WorkflowEngineOptions.JournalInputsByDefault"/>.
    /// </summary>
    public void RecordInput(ActivityExecutionContext context, string propertyName, JsonNode? value)
    {
        var activityMode = context.Activity.CustomProperties["logPersistenceMode"];
        var key = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(propertyName);
        var include = Decide(activityMode?["inputs"]?[key]) ?? Decide(activityMode?["default"])
            ?? Decide(WorkflowOf(context.Activity).Extra["customProperties"]?["logPersistenceMode"]?["default"])
            ?? Engine.Options.JournalInputsByDefault;
        if (!include || FindJournal(context.State) is not { } entry) return;
        var limit = Engine.Options.JournalInputTextLimit;
        entry.Inputs ??= [];
        // Credentials never reach the journal: an input named like one (Authorization), or such a property inside one.
        entry.Inputs[propertyName] = Http.HttpMasking.IsSecret(propertyName) && value is not null ? Http.HttpMasking.Mask
            : value is JsonValue text && text.GetValueKind() == System.Text.Json.JsonValueKind.String && text.GetValue<string>().Length > limit
                ? text.GetValue<string>()[..limit] + "…"
                : Http.HttpMasking.MaskJson(value);
    }

    private static bool? Decide(JsonNode? mode) =>
        mode is JsonValue v && v.TryGetValue<string>(out var s) ? s switch { "Include" => true, "Exclude" => false, _ => null } : null;

    private Model.WorkflowDefinition WorkflowOf(Activity activity)
    {
        for (var a = activity.Parent; a is not null; a = a.Parent)
            if (Graph.Boundaries.TryGetValue(a.NodeId, out var definition)) return definition;
        return Graph.Definition;
    }

    public void RecordHttp(ActivityExecutionContext context, Http.HttpExchangeRecord record)
    {
        if (FindJournal(context.State) is { } entry) entry.Http = record;
    }

    private JournalEntry? FindJournal(ActivityContextState state)
    {
        for (var i = Instance.Journal.Count - 1; i >= 0; i--)
            if (Instance.Journal[i].Sequence == state.JournalSequence) return Instance.Journal[i];
        return null;
    }

    private void CloseJournal(ActivityExecutionContext context, ActivityStatus status, IReadOnlyList<string> outcomes, string? message = null, JsonObject? outputs = null)
    {
        var entry = FindJournal(context.State);
        if (entry is null || entry.CompletedAt is not null) return;
        entry.Status = status;
        entry.CompletedAt = Now;
        entry.Outcomes = [.. outcomes];
        entry.Message = message;
        if (outputs is not null && outputs.Count > 0) entry.Outputs = (JsonObject)outputs.DeepClone();
    }

    // ---------------------------------------------------------------- structure

    public ActivityExecutionContext? ParentOf(ActivityExecutionContext context) =>
        context.State.ParentId is { } id && _contexts.TryGetValue(id, out var parent) ? parent : null;

    public IReadOnlyList<ActivityExecutionContext> ChildrenOf(ActivityExecutionContext context) =>
        _contexts.Values.Where(c => c.State.ParentId == context.Id).ToList();

    public bool HasPendingWork(ActivityExecutionContext context) =>
        _contexts.Values.Any(c => c.State.ParentId == context.Id && c.State.Status == ActivityStatus.Running)
        || Instance.Scheduled.Any(w => w.OwnerContextId == context.Id);

    public void Schedule(Activity activity, ActivityExecutionContext owner, JsonObject? locals, JsonObject? tag) =>
        Instance.Scheduled.Add(new WorkItem { NodeId = activity.NodeId, OwnerContextId = owner.Id, Locals = locals, Tag = tag });

    public Bookmark CreateBookmark(ActivityExecutionContext context, string name, string? key, JsonObject? payload, DateTimeOffset? dueAt)
    {
        var bookmark = new Bookmark
        {
            Id = Guid.NewGuid().ToString("N"),
            Name = name,
            Key = key,
            CorrelationId = Instance.CorrelationId,
            ContextId = context.Id,
            NodeId = context.Activity.NodeId,
            ActivityId = context.Activity.Id,
            ActivityName = context.Activity.Name,
            ActivityType = context.Activity.Type,
            Payload = payload,
            DueAt = dueAt,
            CreatedAt = Now,
        };
        Instance.Bookmarks.Add(bookmark);
        return bookmark;
    }

    public void WriteLine(string text) => Lines.AddRange(text.Split('\n'));

    // ---------------------------------------------------------------- memory

    /// <summary>The scope (variables, input, output) an activity reads and writes.</summary>
    public ScopeView FindScope(ActivityExecutionContext context, bool forOwnIO)
    {
        var current = forOwnIO && context.Activity.IsWorkflowBoundary ? ParentOf(context) : context;
        while (current is not null)
        {
            if (current.State.Scope is { } scope && Graph.Boundaries.TryGetValue(current.Activity.NodeId, out var def))
                return new ScopeView(def, scope.Variables, scope.Input, scope.Output, scope.ActivityOutputs, current);
            current = ParentOf(current);
        }
        return new ScopeView(Graph.Definition, Instance.Variables, Instance.Input, Instance.Output, Instance.ActivityOutputs, null);
    }

    private IEnumerable<JsonObject> LocalsChain(ActivityExecutionContext context, ScopeView scope)
    {
        var current = context;
        while (current is not null && current != scope.Owner)
        {
            if (current.State.Locals is { } locals) yield return locals;
            current = ParentOf(current);
        }
    }

    public JsonNode? GetVariable(ActivityExecutionContext context, string name)
    {
        var scope = FindScope(context, false);
        foreach (var locals in LocalsChain(context, scope))
            if (locals.TryGetPropertyValue(name, out var local)) return local;
        var variable = scope.Definition.Variables.FirstOrDefault(v => v.Name == name || v.Id == name);
        return scope.Variables[variable?.Name ?? name];
    }

    public void SetVariable(ActivityExecutionContext context, string name, JsonNode? value)
    {
        var scope = FindScope(context, false);
        foreach (var locals in LocalsChain(context, scope))
            if (locals.ContainsKey(name)) { locals[name] = value?.DeepClone(); return; }
        var variable = scope.Definition.Variables.FirstOrDefault(v => v.Name == name || v.Id == name);
        scope.Variables[variable?.Name ?? name] = ValueConverter.Coerce(value, variable?.TypeName);
    }

    public IReadOnlyDictionary<string, JsonNode?> VisibleVariables(ActivityExecutionContext context)
    {
        var scope = FindScope(context, false);
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var v in scope.Definition.Variables) result[v.Name] = scope.Variables[v.Name];
        foreach (var (key, value) in scope.Variables) result[key] = value;
        foreach (var locals in LocalsChain(context, scope).Reverse())
            foreach (var (key, value) in locals) result[key] = value;
        return result;
    }

    public void SetOutput(ActivityExecutionContext context, string? memoryReference, JsonNode? value, string? outputName)
    {
        if (outputName is not null)
        {
            if (!_pendingOutputs.TryGetValue(context.Id, out var outputs)) _pendingOutputs[context.Id] = outputs = [];
            outputs[outputName] = value?.DeepClone();
        }
        if (string.IsNullOrEmpty(memoryReference)) return;
        var scope = FindScope(context, forOwnIO: true);
        var variable = scope.Definition.Variables.FirstOrDefault(v => v.Id == memoryReference || v.Name == memoryReference);
        if (variable is not null)
        {
            scope.Variables[variable.Name] = ValueConverter.Coerce(value, variable.TypeName);
            return;
        }
        if (scope.Definition.Outputs.Any(o => o.Name == memoryReference))
        {
            scope.Output[memoryReference] = value?.DeepClone();
            return;
        }
        scope.Variables[memoryReference] = value?.DeepClone();
    }

    public async ValueTask<JsonNode?> EvaluateAsync(ActivityExecutionContext context, Expression expression, Type targetType)
    {
        if (string.Equals(expression.Type, "Literal", StringComparison.OrdinalIgnoreCase)) return expression.Value?.DeepClone();
        var evaluator = Engine.Evaluators.Find(expression.Type)
            ?? throw new ExpressionEvaluationException($"No evaluator for expression type '{expression.Type}'.");
        // A workflow used as an activity evaluates its own inputs before its scope exists, i.e. in its parent's scope.
        return await evaluator.EvaluateAsync(expression.Text, new ActivityExpressionContext(this, context, targetType, LastResult), CancellationToken);
    }
}

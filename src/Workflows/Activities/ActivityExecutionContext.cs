using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities;

/// <summary>What an activity sees while it runs: inputs, outputs, variables, bookmarks, children, services.</summary>
public sealed class ActivityExecutionContext
{
    private readonly WorkflowExecution _execution;

    internal ActivityExecutionContext(WorkflowExecution execution, ActivityContextState state, Activity activity)
    {
        _execution = execution;
        State = state;
        Activity = activity;
    }

    internal ActivityContextState State { get; }
    internal WorkflowExecution Execution => _execution;

    public string Id => State.Id;
    public Activity Activity { get; }
    public ActivityStatus Status => State.Status;
    public ActivityExecutionContext? Parent => _execution.ParentOf(this);
    public string InstanceId => _execution.Instance.Id;
    public string DefinitionId => _execution.Instance.DefinitionId;
    public string? CorrelationId { get => _execution.Instance.CorrelationId; set => _execution.Instance.CorrelationId = value; }
    /// <summary>The instance being run (read it; change it only through this context).</summary>
    public WorkflowInstance Instance => _execution.Instance;
    public DateTimeOffset Now => _execution.Now;
    public IServiceProvider Services => _execution.Engine.Services;
    public WorkflowEngineOptions Options => _execution.Engine.Options;
    /// <summary>The engine's sender for SendHttpRequest (a service <see cref="Participatie.Workflows.Http.IWorkflowHttpSender"/> wins).</summary>
    public Participatie.Workflows.Http.IWorkflowHttpSender HttpSender => _execution.Engine.HttpSender;
    public CancellationToken CancellationToken => _execution.CancellationToken;
    /// <summary>Persisted private state of this activity execution.</summary>
    public JsonObject Properties => State.Properties;
    /// <summary>Data the scheduling parent attached to this execution.</summary>
    public JsonObject? Tag { get; internal set; }
    /// <summary>Flowchart mode of this instance.</summary>
    public FlowchartMode FlowchartMode => _execution.Instance.FlowchartMode;

    /// <summary>
    /// True once, for the activity this instance was started by (a trigger): it should then complete with
    /// <paramref name="payload"/> (what the trigger received) instead of waiting for its stimulus, as in Elsa.
    /// </summary>
    public bool TryConsumeTrigger(out JsonNode? payload)
    {
        if (_execution.Trigger is { } trigger && trigger.ActivityId == Activity.Id)
        {
            _execution.Trigger = null;
            payload = trigger.Payload?.DeepClone();
            return true;
        }
        payload = null;
        return false;
    }

    /// <summary>The id of the trigger activity the flowchart should start at, while not yet consumed.</summary>
    internal string? PendingTriggerActivityId => _execution.Trigger?.ActivityId;

    /// <summary>The HTTP response of the request this burst serves (null when no HTTP request is waiting).</summary>
    public Participatie.Workflows.Http.HttpResponseSlot? HttpResponse => _execution.HttpResponse;

    /// <summary>Records an HTTP exchange on this activity's journal entry (masked and cut by the caller).</summary>
    public void RecordHttp(Participatie.Workflows.Http.HttpExchangeRecord record) => _execution.RecordHttp(this, record);

    /// <summary>Gets a service from the engine's service provider; throws when missing.</summary>
    public T GetRequiredService<T>() where T : notnull =>
        (T?)Services.GetService(typeof(T)) ?? throw new InvalidOperationException($"Service {typeof(T).Name} is not registered with the workflow engine.");

    /// <summary>Evaluates an input and converts it to its type.</summary>
    public async ValueTask<T?> GetAsync<T>(Input<T>? input)
    {
        if (input is null) return default;
        var value = await _execution.EvaluateAsync(this, input.Expression, typeof(T));
        if (InputName(input) is { } name) _execution.RecordInput(this, name, value);
        return ValueConverter.Convert<T>(value);
    }

    /// <summary>Evaluates any expression (e.g. a script) in this activity's scope.</summary>
    public ValueTask<JsonNode?> EvaluateAsync(Expression expression, Type targetType) => _execution.EvaluateAsync(this, expression, targetType);

    /// <summary>Evaluates an input as JSON.</summary>
    public ValueTask<JsonNode?> EvaluateAsync(IInput input) => _execution.EvaluateAsync(this, input.Expression, input.ValueType);

    /// <summary>Writes an output value to the variable or workflow output it is bound to, and records it.</summary>
    public void Set<T>(Output<T>? output, T? value) => SetOutput(output, ValueConverter.ToJson(value), output is null ? null : OutputName(output));

    internal void SetOutput(IOutput? output, JsonNode? value, string? name) => _execution.SetOutput(this, output?.MemoryReference, value, name);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo[]> OutputProperties = new();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo[]> InputProperties = new();

    private string? InputName(IInput input)
    {
        var properties = InputProperties.GetOrAdd(Activity.GetType(), t => t.GetProperties().Where(p => typeof(IInput).IsAssignableFrom(p.PropertyType)).ToArray());
        foreach (var p in properties)
            if (ReferenceEquals(p.GetValue(Activity), input)) return p.Name;
        return null;
    }

    private string? OutputName(IOutput output)
    {
        var properties = OutputProperties.GetOrAdd(Activity.GetType(), t => t.GetProperties().Where(p => typeof(IOutput).IsAssignableFrom(p.PropertyType)).ToArray());
        foreach (var p in properties)
            if (ReferenceEquals(p.GetValue(Activity), output)) return p.Name;
        return null;
    }

    public JsonNode? GetVariable(string name) => _execution.GetVariable(this, name);
    public void SetVariable(string name, JsonNode? value) => _execution.SetVariable(this, name, value);
    public JsonNode? GetWorkflowInput(string name) => _execution.FindScope(this, false).Input[name];
    public void SetWorkflowOutput(string name, JsonNode? value) => _execution.FindScope(this, false).Output[name] = value?.DeepClone();
    /// <summary>Variables visible to this activity (locals first).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Variables => _execution.VisibleVariables(this);

    /// <summary>Completes this activity with the given outcome ports (default <c>Done</c>).</summary>
    public void Complete(params string[] outcomes) => _execution.Complete(this, outcomes.Length == 0 ? ["Done"] : outcomes);

    /// <summary>Blocks on a bookmark. The activity's <see cref="Activity.ResumeAsync"/> runs when it is resumed.</summary>
    public Bookmark CreateBookmark(string name, string? key = null, JsonObject? payload = null, DateTimeOffset? dueAt = null) =>
        _execution.CreateBookmark(this, name, key, payload, dueAt);

    /// <summary>Blocks on a typed stimulus (its name and key locate the bookmark; the stimulus is kept as payload).</summary>
    public Bookmark CreateBookmark<TStimulus>(TStimulus stimulus, DateTimeOffset? dueAt = null) where TStimulus : IBookmarkStimulus =>
        _execution.CreateBookmark(this, stimulus.BookmarkName, stimulus.BookmarkKey, System.Text.Json.JsonSerializer.SerializeToNode(stimulus, StimulusJson.Options) as JsonObject, dueAt);

    public void RemoveBookmark(Bookmark bookmark) => _execution.Instance.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);

    /// <summary>Schedules a child activity owned by this activity.</summary>
    public void ScheduleActivity(Activity activity, JsonObject? locals = null, JsonObject? tag = null) =>
        _execution.Schedule(activity, this, locals, tag);

    /// <summary>Whether this activity has already scheduled (and not yet run) the given child.</summary>
    public bool IsScheduled(Activity activity) => _execution.Instance.Scheduled.Any(w => w.OwnerContextId == Id && w.NodeId == activity.NodeId);

    /// <summary>Live child executions (running or blocked).</summary>
    public IReadOnlyList<ActivityExecutionContext> Children => _execution.ChildrenOf(this);

    /// <summary>True when children are running or scheduled.</summary>
    public bool HasPendingWork => _execution.HasPendingWork(this);

    public ValueTask CancelAsync(ActivityExecutionContext child) => _execution.CancelAsync(child, notifyParent: true);

    public async ValueTask CancelChildrenAsync()
    {
        foreach (var child in Children) await _execution.CancelAsync(child, notifyParent: false);
        _execution.Instance.Scheduled.RemoveAll(w => w.OwnerContextId == Id);
    }

    /// <summary>Completes the nearest workflow (the workflow used as activity, or the instance) with outcomes (Elsa's Complete).</summary>
    public ValueTask CompleteWorkflowAsync(IReadOnlyList<string> outcomes) => _execution.CompleteWorkflowAsync(this, outcomes);

    /// <summary>Finishes the whole instance (Elsa's Finish).</summary>
    public ValueTask FinishInstanceAsync() => _execution.FinishInstanceAsync(this);

    /// <summary>Adds a line of workflow output (WriteLine). Lines are handed out after the state was saved.</summary>
    public void WriteLine(string text) => _execution.WriteLine(text);

    /// <summary>Runs an action only after the instance state was saved successfully (to dispatch what an outbox holds).</summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _execution.AfterCommit.Add(action);

    /// <summary>
    /// Runs a domain effect inside the transaction that saves this step: the step's new state and the effect commit
    /// together or not at all. An effect that throws undoes the whole step (the caller sees the exception).
    /// </summary>
    public void InCommit(Persistence.CommitEffect effect) => _execution.InCommit.Add(effect);

    internal WorkflowRuntime Runtime => _execution.Engine.Runtime;
}

using System.Text.Json.Nodes;
using Participatie.Workflows.Activities.Primitives;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>
/// Runs activities along connections. Two modes, as in Elsa: counter-based (default: implicit joins wait for all
/// inbound connections to be visited; untaken branches propagate as "visited, not followed") and token-based
/// (tokens flow along followed connections; merge behaviour per target via customProperties.mergeMode).
/// </summary>
[Activity("Elsa", "Flow", "A flowchart of activities and connections.")]
public sealed class Flowchart : Activity, IContainerActivity
{
    private FlowGraph? _graph;

    public List<Activity> Activities { get; } = [];
    public List<FlowConnection> Connections { get; } = [];
    /// <summary>Explicit start activity id (<c>start</c> in the JSON).</summary>
    public string? StartId { get; set; }

    public override IEnumerable<Activity> Children => Activities;

    /// <summary>Built once per compiled flowchart (a concurrent first use may build it twice; both are equal).</summary>
    internal FlowGraph Graph => _graph ??= new FlowGraph(Activities, Connections, FindStart());

    /// <summary>Explicit start, else a Start activity, else one marked canStartWorkflow, else the first without inbound connections.</summary>
    public Activity? FindStart()
    {
        if (StartId is not null && Activities.FirstOrDefault(a => a.Id == StartId) is { } explicitStart) return explicitStart;
        if (Activities.FirstOrDefault(a => a is Start) is { } start) return start;
        if (Activities.FirstOrDefault(a => a.CustomProperties["canStartWorkflow"] is JsonValue v && v.TryGetValue<bool>(out var b) && b) is { } trigger) return trigger;
        return Activities.FirstOrDefault(a => Connections.All(c => c.Target != a));
    }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // Started by a trigger in this flowchart: begin there (Elsa does the same), not at the usual start.
        var start = context.PendingTriggerActivityId is { } triggerId && Activities.FirstOrDefault(a => a.Id == triggerId) is { } trigger ? trigger : Graph.Start;
        if (start is null) context.Complete();
        else context.ScheduleActivity(start);
        return ValueTask.CompletedTask;
    }

    public override async ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child, IReadOnlyList<string> outcomes)
    {
        if (context.Status != ActivityStatus.Running) return;
        if (child.Activity is End)
        {
            await context.CancelChildrenAsync();
            context.Complete();
            return;
        }
        if (context.FlowchartMode == FlowchartMode.TokenBased)
        {
            await TokenFlow.OnCompletedAsync(this, context, child.Activity, outcomes);
            return;
        }
        var scope = FlowScope.For(context);
        var backward = child.Tag?["backward"] is JsonValue b && b.GetValue<bool>();
        var scheduled = await MaybeScheduleOutboundAsync(context, scope, child.Activity, outcomes, backward);
        context.Execution.BeforeSave(context, () => scope.Persist(context));
        if (!scheduled) CompleteIfIdle(context);
    }

    public override async ValueTask OnChildCanceledAsync(ActivityExecutionContext context, ActivityExecutionContext child)
    {
        if (context.Status != ActivityStatus.Running) return;
        if (context.FlowchartMode == FlowchartMode.CounterBased)
        {
            var scope = FlowScope.For(context);
            await MaybeScheduleOutboundAsync(context, scope, child.Activity, [], false);
            context.Execution.BeforeSave(context, () => scope.Persist(context));
        }
        CompleteIfIdle(context);
    }

    internal static void CompleteIfIdle(ActivityExecutionContext context)
    {
        if (context.Status == ActivityStatus.Running && !context.HasPendingWork) context.Complete();
    }

    private async ValueTask<bool> MaybeScheduleOutboundAsync(ActivityExecutionContext context, FlowScope scope, Activity activity, IReadOnlyList<string> outcomes, bool backward)
    {
        if (!backward) scope.VisitActivity(activity);
        var scheduled = false;
        foreach (var connection in Graph.Outbound(activity))
        {
            var followed = outcomes.Contains(connection.SourcePort);
            scope.VisitConnection(connection, followed);
            if (Graph.IsBackward(connection))
            {
                if (!followed) continue;
                context.ScheduleActivity(connection.Target, tag: new JsonObject { ["backward"] = true });
                scheduled = true;
                continue;
            }
            scheduled |= await MaybeScheduleTargetAsync(context, scope, connection);
        }
        return scheduled;
    }

    private async ValueTask<bool> MaybeScheduleTargetAsync(ActivityExecutionContext context, FlowScope scope, FlowConnection connection)
    {
        var target = connection.Target;
        var mode = target is FlowJoin join ? await context.GetAsync(join.Mode) : FlowJoinMode.WaitAllActive;
        switch (mode)
        {
            case FlowJoinMode.WaitAll:
                if (!scope.AllInboundVisited(Graph, target)) return false;
                return scope.AllInboundFollowed(Graph, target) ? Schedule(context, target) : await SkipAsync(context, scope, target);
            case FlowJoinMode.WaitAny:
                if (scope.ShouldIgnore(connection, target) || context.IsScheduled(target)) return false;
                if (scope.AnyInboundFollowed(Graph, target))
                {
                    Schedule(context, target);
                    await CancelInboundAsync(context, scope, target);
                    return true;
                }
                return scope.AllInboundVisited(Graph, target) && await SkipAsync(context, scope, target);
            default:
                if (!scope.AllInboundVisited(Graph, target)) return false;
                return scope.AnyInboundFollowed(Graph, target) ? Schedule(context, target) : await SkipAsync(context, scope, target);
        }
    }

    private static bool Schedule(ActivityExecutionContext context, Activity target)
    {
        context.ScheduleActivity(target);
        return true;
    }

    /// <summary>The target will not run on this round: propagate "visited, not followed" downstream.</summary>
    private ValueTask<bool> SkipAsync(ActivityExecutionContext context, FlowScope scope, Activity target) =>
        MaybeScheduleOutboundAsync(context, scope, target, [], false);

    /// <summary>WaitAny fired: cancel blocked activities on the other inbound branches.</summary>
    private async ValueTask CancelInboundAsync(ActivityExecutionContext context, FlowScope scope, Activity target)
    {
        var ancestors = Graph.Ancestors(target);
        foreach (var child in context.Children.Where(c => ancestors.Contains(c.Activity)).ToList())
        {
            await context.Execution.CancelAsync(child, notifyParent: false);
            await MaybeScheduleOutboundAsync(context, scope, child.Activity, [], false);
        }
    }
}

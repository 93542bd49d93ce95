using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>
/// Counter-based join state of one flowchart execution: how often each activity was visited and each connection
/// visited/followed. Persisted in the flowchart context's properties (<c>flowScope</c>).
/// </summary>
internal sealed class FlowScope
{
    private static readonly ConditionalWeakTable<ActivityContextState, FlowScope> Cache = new();
    private readonly Dictionary<string, long> _activityVisits = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (long Visits, long Followed)> _connections = [];

    public static FlowScope For(ActivityExecutionContext context)
    {
        if (Cache.TryGetValue(context.State, out var cached)) return cached;
        var scope = new FlowScope();
        if (context.Properties["flowScope"] is JsonObject json)
        {
            if (json["a"] is JsonObject a)
                foreach (var (key, value) in a) scope._activityVisits[key] = value!.GetValue<long>();
            if (json["c"] is JsonObject c)
                foreach (var (key, value) in c)
                    scope._connections[int.Parse(key)] = (value![0]!.GetValue<long>(), value[1]!.GetValue<long>());
        }
        Cache.AddOrUpdate(context.State, scope);
        return scope;
    }

    public void Persist(ActivityExecutionContext context)
    {
        var a = new JsonObject();
        foreach (var (key, value) in _activityVisits) a[key] = value;
        var c = new JsonObject();
        foreach (var (key, value) in _connections) c[key.ToString()] = new JsonArray(value.Visits, value.Followed);
        context.Properties["flowScope"] = new JsonObject { ["a"] = a, ["c"] = c };
    }

    public void VisitActivity(Activity activity) => _activityVisits[activity.Id] = Visits(activity) + 1;

    /// <summary>Records a visit; <c>Followed</c> keeps whether the latest visit was followed.</summary>
    public void VisitConnection(FlowConnection connection, bool followed)
    {
        var (visits, _) = _connections.GetValueOrDefault(connection.Index);
        _connections[connection.Index] = (visits + 1, followed ? 1 : 0);
    }

    public long Visits(Activity activity) => _activityVisits.GetValueOrDefault(activity.Id);

    public bool AllInboundVisited(FlowGraph graph, Activity target) =>
        graph.ForwardInbound(target).All(c => _connections.GetValueOrDefault(c.Index).Visits > Visits(target));

    public bool AnyInboundFollowed(FlowGraph graph, Activity target) =>
        graph.ForwardInbound(target).Any(c => Pending(c, target) && _connections[c.Index].Followed == 1);

    public bool AllInboundFollowed(FlowGraph graph, Activity target) =>
        graph.ForwardInbound(target).All(c => Pending(c, target) && _connections[c.Index].Followed == 1);

    /// <summary>The connection was visited in the target's current round (more often than the target ran).</summary>
    private bool Pending(FlowConnection c, Activity target) => _connections.GetValueOrDefault(c.Index).Visits > Visits(target);

    /// <summary>WaitAny: the target already ran for this round of its inbound connection.</summary>
    public bool ShouldIgnore(FlowConnection connection, Activity target) =>
        Visits(target) >= _connections.GetValueOrDefault(connection.Index).Visits;
}

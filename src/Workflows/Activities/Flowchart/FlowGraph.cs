namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>
/// The shape of a flowchart: start activity, outbound and forward-inbound connections, and which connections go
/// backward (close a loop). Forward connections are found breadth-first from the start, leaving out any edge that
/// would close a cycle.
/// </summary>
internal sealed class FlowGraph
{
    private readonly Dictionary<Activity, List<FlowConnection>> _outbound = [];
    private readonly Dictionary<Activity, List<FlowConnection>> _forwardInbound = [];
    private readonly Dictionary<Activity, List<FlowConnection>> _inbound = [];
    private readonly HashSet<FlowConnection> _forward = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Activity, HashSet<Activity>> _ancestors = new();

    public FlowGraph(IReadOnlyList<Activity> activities, IReadOnlyList<FlowConnection> connections, Activity? start)
    {
        Start = start;
        foreach (var a in activities)
        {
            _outbound[a] = [];
            _forwardInbound[a] = [];
            _inbound[a] = [];
        }
        foreach (var c in connections)
        {
            if (_outbound.TryGetValue(c.Source, out var list)) list.Add(c);
            if (_inbound.TryGetValue(c.Target, out var inbound)) inbound.Add(c);
        }
        if (start is null) return;
        var edges = new List<(Activity From, Activity To)>();
        var visited = new HashSet<Activity>();
        var queue = new Queue<Activity>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var source = queue.Dequeue();
            if (!visited.Add(source)) continue;
            foreach (var c in _outbound.GetValueOrDefault(source) ?? [])
            {
                if (c.Target == source || HasPath(edges, c.Target, source)) continue;
                _forward.Add(c);
                if (!edges.Contains((source, c.Target))) edges.Add((source, c.Target));
                if (!visited.Contains(c.Target)) queue.Enqueue(c.Target);
            }
        }
        foreach (var c in _forward) _forwardInbound[c.Target].Add(c);
        foreach (var list in _forwardInbound.Values) list.Sort((x, y) => x.Index.CompareTo(y.Index));
    }

    public Activity? Start { get; }

    public IReadOnlyList<FlowConnection> Outbound(Activity a) => _outbound.GetValueOrDefault(a) ?? [];
    public IReadOnlyList<FlowConnection> ForwardInbound(Activity a) => _forwardInbound.GetValueOrDefault(a) ?? [];
    public IReadOnlyList<FlowConnection> Inbound(Activity a) => _inbound.GetValueOrDefault(a) ?? [];
    public bool IsBackward(FlowConnection c) => !_forward.Contains(c);

    /// <summary>Activities reachable from the start.</summary>
    /// <summary>Activities reachable from the start, and from <paramref name="alsoFrom"/> (other triggers that can start the workflow).</summary>
    public HashSet<Activity> Reachable(IEnumerable<Activity>? alsoFrom = null)
    {
        var result = new HashSet<Activity>();
        if (Start is null) return result;
        var stack = new Stack<Activity>([Start, .. alsoFrom ?? []]);
        while (stack.Count > 0)
        {
            var a = stack.Pop();
            if (!result.Add(a)) continue;
            foreach (var c in Outbound(a)) stack.Push(c.Target);
        }
        return result;
    }

    public HashSet<Activity> Ancestors(Activity activity)
    {
        if (_ancestors.TryGetValue(activity, out var cached)) return cached;
        var result = new HashSet<Activity>();
        var queue = new Queue<Activity>([activity]);
        while (queue.Count > 0)
            foreach (var c in ForwardInbound(queue.Dequeue()))
                if (result.Add(c.Source)) queue.Enqueue(c.Source);
        return _ancestors.GetOrAdd(activity, result);
    }

    private static bool HasPath(List<(Activity From, Activity To)> edges, Activity from, Activity to)
    {
        var seen = new HashSet<Activity>();
        var stack = new Stack<Activity>([from]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == to) return true;
            if (!seen.Add(current)) continue;
            foreach (var (f, t) in edges)
                if (f == current) stack.Push(t);
        }
        return false;
    }
}

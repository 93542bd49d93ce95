using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>
/// Token-based flowchart logic. A completed activity emits one token per followed outbound connection; a target
/// runs according to its merge mode: Stream/None (default) once no inbound source can still deliver, Merge once
/// every forward inbound connection delivered, Converge once every inbound connection delivered, Cascade once per
/// token, Race on the first token (later ones of that round are dropped). A FlowJoin maps WaitAny→Race,
/// WaitAll→Merge, WaitAllActive→Stream.
/// </summary>
internal static class TokenFlow
{
    public static async ValueTask OnCompletedAsync(Flowchart flowchart, ActivityExecutionContext context, Activity completed, IReadOnlyList<string> outcomes)
    {
        var graph = flowchart.Graph;
        if (context.Properties["tokens"] is not JsonArray tokens) context.Properties["tokens"] = tokens = [];
        foreach (var connection in graph.Outbound(completed))
            if (outcomes.Contains(connection.SourcePort))
                tokens.Add(new JsonObject { ["c"] = connection.Index });
        if (context.Properties["races"] is not JsonObject races) context.Properties["races"] = races = [];
        var byIndex = flowchart.Connections.ToDictionary(c => c.Index);
        var targets = tokens.Select(t => byIndex[t!["c"]!.GetValue<int>()].Target).Distinct().ToList();
        foreach (var target in targets)
        {
            var inboundTokens = tokens.Where(t => byIndex[t!["c"]!.GetValue<int>()].Target == target).ToList();
            switch (await MergeModeOfAsync(context, target))
            {
                case MergeMode.Cascade:
                    foreach (var token in inboundTokens)
                    {
                        tokens.Remove(token);
                        context.ScheduleActivity(target);
                    }
                    break;
                case MergeMode.Race:
                    if (races[target.Id] is not JsonArray seen) races[target.Id] = seen = [];
                    foreach (var token in inboundTokens)
                    {
                        tokens.Remove(token);
                        var source = byIndex[token!["c"]!.GetValue<int>()].Source;
                        if (seen.Count == 0)
                        {
                            context.ScheduleActivity(target);
                            var ancestors = graph.Ancestors(target);
                            foreach (var child in context.Children.Where(c => ancestors.Contains(c.Activity)).ToList())
                                await context.Execution.CancelAsync(child, notifyParent: false);
                        }
                        seen.Add(source.Id);
                    }
                    var sources = graph.ForwardInbound(target).Select(c => c.Source.Id).Distinct().ToList();
                    if (sources.All(s => seen.Any(x => x!.GetValue<string>() == s))) races.Remove(target.Id);
                    break;
                case var mode and (MergeMode.Merge or MergeMode.Converge):
                    var required = mode == MergeMode.Merge ? graph.ForwardInbound(target) : graph.Inbound(target);
                    var ready = required.All(c => inboundTokens.Any(t => t!["c"]!.GetValue<int>() == c.Index));
                    if (!ready) break;
                    foreach (var c in required)
                        tokens.Remove(inboundTokens.First(t => t!["c"]!.GetValue<int>() == c.Index));
                    context.ScheduleActivity(target);
                    break;
                default:
                    var pending = graph.ForwardInbound(target).Select(c => c.Source).Distinct().Any(source =>
                        context.IsScheduled(source)
                        || context.Children.Any(ch => ch.Activity == source)
                        || tokens.Any(t => byIndex[t!["c"]!.GetValue<int>()].Target == source));
                    if (pending) break;
                    foreach (var token in inboundTokens) tokens.Remove(token);
                    context.ScheduleActivity(target);
                    break;
            }
        }
        Flowchart.CompleteIfIdle(context);
    }

    private static async ValueTask<MergeMode> MergeModeOfAsync(ActivityExecutionContext context, Activity target)
    {
        var custom = target.CustomProperties["mergeMode"];
        if (custom is JsonValue v && v.GetValueKind() == JsonValueKind.String && Enum.TryParse<MergeMode>(v.GetValue<string>(), true, out var explicitMode) && explicitMode != MergeMode.None)
            return explicitMode;
        if (target is FlowJoin join)
            return await context.GetAsync(join.Mode) switch
            {
                FlowJoinMode.WaitAny => MergeMode.Race,
                FlowJoinMode.WaitAll => MergeMode.Merge,
                _ => MergeMode.Stream,
            };
        return MergeMode.Stream;
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Activities.Composition;
using Participatie.Workflows.Activities.Flowchart;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Model;
using Participatie.Workflows.Registry;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Runtime;

/// <summary>Turns definitions into activity graphs (cached per version and pinned child versions).</summary>
internal sealed class WorkflowCompiler(EngineContext engine)
{
    private readonly ConcurrentDictionary<string, CompiledWorkflow> _cache = new(StringComparer.Ordinal);

    public void Invalidate()
    {
        _cache.Clear();
        engine.DefinitionCache.Clear();
        engine.DefinitionsChanged();
    }

    public async Task<CompiledWorkflow> GetAsync(WorkflowDefinition definition, IReadOnlyDictionary<string, string>? pinned, CancellationToken ct)
    {
        var key = definition.Id + "|" + (pinned is null || pinned.Count == 0 ? "" : string.Join(",", pinned.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var errors = new List<ValidationError>();
        var compiled = await CompileAsync(definition, pinned, errors, ct);
        if (compiled is null || errors.Count > 0)
            throw new WorkflowDefinitionInvalidException(definition.DefinitionId, errors);
        _cache[key] = compiled;
        return compiled;
    }

    public async Task<CompiledWorkflow?> CompileAsync(WorkflowDefinition definition, IReadOnlyDictionary<string, string>? pinned, List<ValidationError> errors, CancellationToken ct)
    {
        if (definition.Root is null)
        {
            errors.Add(new ValidationError(ValidationCodes.MissingRoot, "The definition has no root activity.", definition.DefinitionId));
            return null;
        }
        var session = new Session(engine, pinned, errors, ct);
        var graph = new CompiledWorkflow { Definition = definition };
        var root = await session.CompileAsync(definition, definition.Root, null, null, graph, [definition.DefinitionId]);
        if (root is null) return null;
        graph.Root = root;
        return graph;
    }

    private sealed class Session(EngineContext engine, IReadOnlyDictionary<string, string>? pinned, List<ValidationError> errors, CancellationToken ct)
    {
        private IReadOnlyList<WorkflowDefinition>? _latest;

        public async Task<Activity?> CompileAsync(WorkflowDefinition owner, ActivityNode node, string? parentNodeId, Activity? parent, CompiledWorkflow graph, List<string> stack)
        {
            var nodeId = parentNodeId is null ? node.Id : parentNodeId + ":" + node.Id;
            var descriptor = engine.Registry.Find(node.Type);
            WorkflowDefinition? child = null;
            if (descriptor is null)
            {
                child = await ResolveWorkflowActivityAsync(node);
                if (child is null)
                {
                    errors.Add(new ValidationError(ValidationCodes.UnknownActivityType, $"Unknown activity type '{node.Type}'.", owner.DefinitionId, node.Id, node.Name)
                        { Arguments = new Dictionary<string, string> { ["type"] = node.Type } });
                    return null;
                }
                if (stack.Contains(child.DefinitionId))
                {
                    errors.Add(new ValidationError(ValidationCodes.UnknownActivityType, $"Workflow '{child.DefinitionId}' uses itself as an activity.", owner.DefinitionId, node.Id, node.Name)
                        { MessageKey = ValidationMessageKeys.UsesItself, Arguments = new Dictionary<string, string> { ["workflow"] = child.DefinitionId } });
                    return null;
                }
                descriptor = ActivityRegistry.DescribeWorkflow(child);
            }
            var activity = descriptor.Factory();
            activity.Id = node.Id;
            activity.Name = node.Name;
            activity.Type = node.Type;
            activity.NodeId = nodeId;
            activity.Node = node;
            activity.Parent = parent;
            if (!graph.Nodes.TryAdd(nodeId, activity))
            {
                errors.Add(new ValidationError(ValidationCodes.DuplicateActivityId, $"Activity id '{node.Id}' is used twice in the same container.", owner.DefinitionId, node.Id, node.Name)
                    { Arguments = new Dictionary<string, string> { ["id"] = node.Id } });
                return null;
            }
            Bind(activity, node);
            switch (activity)
            {
                case WorkflowDefinitionActivity workflowActivity when child is not null:
                    workflowActivity.Definition = child;
                    graph.Pinned[child.DefinitionId] = child.Id;
                    graph.Boundaries[nodeId] = child;
                    foreach (var input in child.Inputs)
                        if (ReadInput(node, input.Name, typeof(object)) is Input<object> bound) workflowActivity.WorkflowInputs[input.Name] = bound;
                    foreach (var output in child.Outputs)
                        workflowActivity.WorkflowOutputs[output.Name] = new Output<object> { MemoryReference = ReadMemoryReference(node, output.Name) };
                    if (child.Root is not null)
                        workflowActivity.Root = await CompileAsync(child, child.Root, nodeId, activity, graph, [.. stack, child.DefinitionId]);
                    break;
                case Flowchart flowchart:
                    await CompileChildrenAsync(owner, node, nodeId, flowchart, flowchart.Activities, graph, stack);
                    flowchart.StartId = node.Start;
                    var byId = new Dictionary<string, Activity>(StringComparer.Ordinal);
                    foreach (var a in flowchart.Activities) byId.TryAdd(a.Id, a);
                    var index = 0;
                    foreach (var c in node.Connections ?? [])
                    {
                        if (!byId.TryGetValue(c.SourceId, out var source) || !byId.TryGetValue(c.TargetId, out var target))
                        {
                            var missing = byId.ContainsKey(c.SourceId) ? c.TargetId : c.SourceId;
                            if (node.Activities?.Any(a => a.Id == missing) == true) continue; // already reported (unknown type)
                            errors.Add(new ValidationError(ValidationCodes.DanglingConnection,
                                $"Connection {c.SourceId}:{c.SourcePort} → {c.TargetId}:{c.TargetPort} refers to activity '{missing}', which is not in the flowchart.",
                                owner.DefinitionId, node.Id, node.Name)
                            {
                                Arguments = new Dictionary<string, string>
                                {
                                    ["source"] = c.SourceId, ["sourcePort"] = c.SourcePort, ["target"] = c.TargetId, ["targetPort"] = c.TargetPort, ["missing"] = missing,
                                },
                            });
                            continue;
                        }
                        flowchart.Connections.Add(new FlowConnection(index++, source, c.SourcePort, target, c.TargetPort));
                    }
                    break;
                case IContainerActivity container:
                    await CompileChildrenAsync(owner, node, nodeId, activity, container.Activities, graph, stack);
                    break;
            }
            if (activity is IBodyActivity body && node.Slots.TryGetValue("body", out var bodyNode))
                body.Body = await CompileAsync(owner, bodyNode, nodeId, activity, graph, stack);
            return activity;
        }

        private async Task CompileChildrenAsync(WorkflowDefinition owner, ActivityNode node, string nodeId, Activity parent, List<Activity> target, CompiledWorkflow graph, List<string> stack)
        {
            foreach (var childNode in node.Activities ?? [])
                if (await CompileAsync(owner, childNode, nodeId, parent, graph, stack) is { } child)
                    target.Add(child);
        }

        private async Task<WorkflowDefinition?> ResolveWorkflowActivityAsync(ActivityNode node)
        {
            var store = engine.DefinitionStore;
            var definitionId = RawString(node, "workflowDefinitionId");
            if (definitionId is not null)
            {
                if (pinned is not null && pinned.TryGetValue(definitionId, out var pinnedId) && await store.FindByVersionIdAsync(pinnedId, ct) is { } pinnedDef)
                    return pinnedDef;
                var versions = await store.ListVersionsAsync(definitionId, ct);
                if (Pick(versions) is { } byDefinition) return byDefinition;
            }
            if (RawString(node, "workflowDefinitionVersionId") is { } versionId && await store.FindByVersionIdAsync(versionId, ct) is { } byVersion)
                return byVersion;
            _latest ??= await store.ListLatestAsync(ct);
            var candidate = _latest.FirstOrDefault(d => d.UsableAsActivity && d.ActivityTypeName == node.Type)
                ?? _latest.FirstOrDefault(d => d.ActivityTypeName == node.Type);
            if (candidate is null) return null;
            if (pinned is not null && pinned.TryGetValue(candidate.DefinitionId, out var pinnedVersion) && await store.FindByVersionIdAsync(pinnedVersion, ct) is { } pinnedCandidate)
                return pinnedCandidate;
            return Pick(await store.ListVersionsAsync(candidate.DefinitionId, ct));
        }

        private static WorkflowDefinition? Pick(IReadOnlyList<WorkflowDefinition> versions) =>
            versions.Where(v => v.IsPublished).MaxBy(v => v.Version) ?? versions.MaxBy(v => v.Version);

        private static string? RawString(ActivityNode node, string name) =>
            node.Properties[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
    }

    /// <summary>Sets Input/Output properties of an activity from its JSON node.</summary>
    internal static void Bind(Activity activity, ActivityNode node)
    {
        foreach (var property in activity.GetType().GetProperties())
        {
            var pt = property.PropertyType;
            if (!pt.IsGenericType || !property.CanWrite) continue;
            var generic = pt.GetGenericTypeDefinition();
            if (generic == typeof(Input<>))
            {
                if (ReadInput(node, property.Name, pt.GetGenericArguments()[0]) is { } input) property.SetValue(activity, input);
            }
            else if (generic == typeof(Output<>))
            {
                var output = (IOutput)Activator.CreateInstance(pt)!;
                output.MemoryReference = ReadMemoryReference(node, property.Name);
                property.SetValue(activity, output);
            }
        }
    }

    private static object? ReadInput(ActivityNode node, string name, Type valueType)
    {
        var json = node.Properties[ActivityTypeNames.Camel(name)] ?? node.Properties[name];
        Expression? expression = null;
        string? typeName = null;
        switch (json)
        {
            case null:
                return null;
            case JsonObject o when o["expression"] is JsonObject e:
                expression = new Expression(e["type"]?.GetValue<string>() ?? "Literal", e["value"]?.DeepClone());
                typeName = o["typeName"]?.GetValue<string>();
                break;
            case JsonObject:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Null:
                return null;
            default:
                expression = Expression.Literal(json.DeepClone());
                break;
        }
        return Activator.CreateInstance(typeof(Input<>).MakeGenericType(valueType), expression, typeName);
    }

    private static string? ReadMemoryReference(ActivityNode node, string name) =>
        (node.Properties[ActivityTypeNames.Camel(name)] ?? node.Properties[name]) is JsonObject o
        && o["memoryReference"] is JsonObject m && m["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
            ? id.GetValue<string>()
            : null;
}

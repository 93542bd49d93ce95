using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Model;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Triggers;

/// <summary>
/// The triggers of every published definition, read from the definition store and kept until a definition changes
/// (the same moment the compiled graphs are forgotten, also when another node changed one).
/// </summary>
public sealed class WorkflowTriggerIndex
{
    private readonly EngineContext _engine;
    private (long Generation, IReadOnlyList<WorkflowTrigger> Triggers)? _cached;

    internal WorkflowTriggerIndex(EngineContext engine) => _engine = engine;

    /// <summary>Every trigger of every published version.</summary>
    public async Task<IReadOnlyList<WorkflowTrigger>> ListAsync(CancellationToken cancellationToken = default)
    {
        var generation = _engine.Generation;
        if (_cached is { } cached && cached.Generation == generation) return cached.Triggers;
        var triggers = new List<WorkflowTrigger>();
        foreach (var latest in await _engine.DefinitionStore.ListLatestAsync(cancellationToken))
        {
            var published = latest.IsPublished ? latest
                : (await _engine.DefinitionStore.ListVersionsAsync(latest.DefinitionId, cancellationToken)).Where(v => v.IsPublished).MaxBy(v => v.Version);
            if (published is not null) triggers.AddRange(Read(published, out _));
        }
        _cached = (generation, triggers);
        return triggers;
    }

    /// <summary>
    /// The triggers of one version: activities of the root flowchart (or the root itself) whose type can start a
    /// workflow and that are marked <c>canStartWorkflow</c>. Their inputs must be constants (Literal, Object, Json),
    /// since they are read without an instance; other inputs are reported in <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<WorkflowTrigger> Read(WorkflowDefinition definition, out IReadOnlyList<(ActivityNode Node, string Input, string Message)> problems)
    {
        var found = new List<WorkflowTrigger>();
        var issues = new List<(ActivityNode, string, string)>();
        problems = issues;
        if (definition.Root is not { } root) return found;
        var candidates = root.Activities is { } children ? children.Prepend(root) : [root];
        foreach (var node in candidates)
        {
            if (!TriggerTypes.All.Contains(node.Type) || !CanStartWorkflow(node)) continue;
            try
            {
                found.Add(ReadOne(definition, node));
            }
            catch (TriggerInputException ex)
            {
                issues.Add((node, ex.Input, ex.Message));
            }
        }
        return found;
    }

    public static bool CanStartWorkflow(ActivityNode node) =>
        node.Properties["customProperties"]?["canStartWorkflow"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>Instance id of the start of <paramref name="trigger"/> for one occurrence: the same on every node, so the store's key admits it once.</summary>
    public static string InstanceIdFor(WorkflowTrigger trigger, string occurrence)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{trigger.DefinitionId}\n{trigger.ActivityId}\n{occurrence}"));
        return "trigger-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public static string NormalizePath(string path) => "/" + path.Trim().Trim('/').ToLowerInvariant();

    private static WorkflowTrigger ReadOne(WorkflowDefinition definition, ActivityNode node)
    {
        var trigger = new WorkflowTrigger
        {
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            ActivityId = node.Id,
            ActivityName = node.Name,
            ActivityType = node.Type,
            PublishedAt = PublishedAt(definition),
        };
        return node.Type switch
        {
            TriggerTypes.Timer => trigger with { Interval = Constant<TimeSpan>(node, "interval") is var i && i > TimeSpan.Zero ? i : throw new TriggerInputException("interval", "A Timer that starts a workflow needs an interval above zero.") },
            TriggerTypes.Cron => trigger with { CronExpression = CronText(node) },
            TriggerTypes.StartAt => trigger with { At = Constant<DateTimeOffset>(node, "dateTime") },
            TriggerTypes.Event => trigger with { EventName = Constant<string>(node, "eventName") is { Length: > 0 } e ? e : throw new TriggerInputException("eventName", "An Event that starts a workflow needs an event name.") },
            _ => trigger with
            {
                Path = Constant<string>(node, "path") is { } p && p.Trim('/').Length > 0 ? NormalizePath(p) : throw new TriggerInputException("path", "An HttpEndpoint needs a path."),
                Methods = (Constant<string[]>(node, "supportedMethods") is { Length: > 0 } m ? m : ["GET"]).Select(x => x.Trim().ToUpperInvariant()).Distinct().ToList(),
                Authorize = Constant<bool>(node, "authorize"),
                Policy = Constant<string>(node, "policy") is { Length: > 0 } policy ? policy : null,
            },
        };
    }

    // A bad cron expression is the validator's WF007 (with Elsa's message); the scheduler skips it.
    private static string CronText(ActivityNode node) => Constant<string>(node, "cronExpression") ?? "";

    internal static DateTimeOffset? PublishedAt(WorkflowDefinition definition) =>
        definition.Extra["publishedAt"] is JsonValue v && v.TryGetValue<string>(out var s)
        && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static T? Constant<T>(ActivityNode node, string input)
    {
        var property = node.Properties[input];
        if (property is null) return default;
        var expression = property["expression"];
        var type = expression?["type"]?.GetValue<string>() ?? "Literal";
        if (type is not ("Literal" or "Object" or "Json"))
            throw new TriggerInputException(input, $"The {input} of an activity that starts a workflow must be a constant (Literal, Object or Json), not {type}: it is read when the workflow is published, without an instance.");
        var value = expression?["value"];
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && typeof(T) == typeof(string[]))
            value = ParseOrSelf(text.GetValue<string>());
        try
        {
            return ValueConverter.Convert<T>(value);
        }
        catch (FormatException ex)
        {
            throw new TriggerInputException(input, ex.Message);
        }
    }

    private static JsonNode? ParseOrSelf(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private sealed class TriggerInputException(string input, string message) : Exception(message)
    {
        public string Input { get; } = input;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Activities.Flowchart;
using Participatie.Workflows.Activities.Scheduling;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Model;
using Participatie.Workflows.Registry;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Validation;

/// <summary>
/// Checks a definition and reports located errors: unknown activity type, dangling connection, unreachable
/// activity, missing start, bad expression (JavaScript syntax with line/column, JSON, unknown expression type, the
/// Host's CSharp diagnostics), bad cron expressions and time spans.
/// </summary>
public sealed class WorkflowValidator
{
    private readonly EngineContext _engine;

    internal WorkflowValidator(EngineContext engine) => _engine = engine;

    public async Task<IReadOnlyList<ValidationError>> ValidateAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        var errors = new List<ValidationError>();
        var compiled = await _engine.Compiler.CompileAsync(definition, null, errors, cancellationToken);
        if (compiled is not null)
            foreach (var flowchart in compiled.Nodes.Values.OfType<Flowchart>().Where(f => compiled.Boundaries.Count == 0 || OwnedBy(compiled, f, definition)))
                CheckFlowchart(definition, flowchart, errors);
        if (definition.Root is not null)
            foreach (var node in definition.Root.Descendants())
                CheckExpressions(definition, node, errors);
        Triggers.WorkflowTriggerIndex.Read(definition, out var triggerProblems);
        foreach (var (node, input, message) in triggerProblems)
            errors.Add(new ValidationError(ValidationCodes.BadTriggerInput, message, definition.DefinitionId, node.Id, node.Name, input)
                { Arguments = new Dictionary<string, string> { ["input"] = input } });
        CheckHttpEndpoints(definition, errors);
        return errors;
    }

    /// <summary>An HttpEndpoint here only starts a workflow: at the top level, marked canStartWorkflow.</summary>
    private static void CheckHttpEndpoints(WorkflowDefinition definition, List<ValidationError> errors)
    {
        if (definition.Root is not { } root) return;
        var topLevel = new HashSet<ActivityNode>(root.Activities is { } children ? children.Prepend(root) : [root]);
        foreach (var node in root.Descendants().Where(n => n.Type == Triggers.TriggerTypes.HttpEndpoint))
            if (!topLevel.Contains(node) || !Triggers.WorkflowTriggerIndex.CanStartWorkflow(node))
                errors.Add(new ValidationError(ValidationCodes.BadTriggerInput,
                    "An HttpEndpoint must start the workflow: put it in the top-level flowchart and mark it canStartWorkflow (waiting for a request inside a running workflow is not supported).",
                    definition.DefinitionId, node.Id, node.Name) { MessageKey = ValidationMessageKeys.HttpEndpointNotAtStart });
    }

    private static bool OwnedBy(CompiledWorkflow compiled, Flowchart flowchart, WorkflowDefinition definition)
    {
        for (var a = flowchart.Parent; a is not null; a = a.Parent)
            if (compiled.Boundaries.ContainsKey(a.NodeId)) return false;
        return true;
    }

    private static void CheckFlowchart(WorkflowDefinition definition, Flowchart flowchart, List<ValidationError> errors)
    {
        if (flowchart.Activities.Count == 0) return;
        if (flowchart.StartId is not null && flowchart.Activities.All(a => a.Id != flowchart.StartId))
            errors.Add(new ValidationError(ValidationCodes.MissingStart, $"Start activity '{flowchart.StartId}' is not in the flowchart.", definition.DefinitionId, flowchart.Id, flowchart.Name)
                { MessageKey = ValidationMessageKeys.StartNotInFlowchart, Arguments = new Dictionary<string, string> { ["start"] = flowchart.StartId } });
        var start = flowchart.FindStart();
        if (start is null)
        {
            errors.Add(new ValidationError(ValidationCodes.MissingStart, "The flowchart has no start: add a Start activity or an activity without inbound connections.", definition.DefinitionId, flowchart.Id, flowchart.Name));
            return;
        }
        // Every trigger (canStartWorkflow) is a start of its own: a Timer and an Event may each begin a branch.
        var reachable = flowchart.Graph.Reachable(flowchart.Activities.Where(a => Triggers.WorkflowTriggerIndex.CanStartWorkflow(a.Node)));
        foreach (var activity in flowchart.Activities.Where(a => !reachable.Contains(a)))
            errors.Add(new ValidationError(ValidationCodes.UnreachableActivity, $"Activity is not reachable from the start activity '{start.Id}'.", definition.DefinitionId, activity.Id, activity.Name)
                { Arguments = new Dictionary<string, string> { ["start"] = start.Id } });
    }

    private void CheckExpressions(WorkflowDefinition definition, ActivityNode node, List<ValidationError> errors)
    {
        var descriptor = _engine.Registry.Find(node.Type);
        var variableNames = definition.Variables.Select(v => v.Name).Concat(["CurrentValue", "CurrentIndex"]).ToList();
        var inputNames = definition.Inputs.Select(i => i.Name).ToList();
        foreach (var (key, value) in node.Properties)
        {
            if (value is not JsonObject input || input["expression"] is not JsonObject expression) continue;
            var type = expression["type"]?.GetValue<string>() ?? "Literal";
            var text = new Expression(type, expression["value"]).Text;
            var targetType = descriptor?.Inputs.FirstOrDefault(i => i.Name == key)?.ClrType ?? typeof(object);
            if (string.Equals(type, "Literal", StringComparison.OrdinalIgnoreCase))
            {
                // A script activity's script is a literal in some other language.
                if (key == "script" && node.Type is "Elsa.RunJavaScript" or "Elsa.RunCSharp")
                    type = node.Type == "Elsa.RunJavaScript" ? "JavaScript" : "CSharp";
                else
                {
                    CheckLiteral(definition, node, key, text, targetType, errors);
                    continue;
                }
            }
            var evaluator = _engine.Evaluators.Find(type);
            if (evaluator is null)
            {
                errors.Add(new ValidationError(ValidationCodes.UnknownExpressionType,
                    $"Expression type '{type}' has no evaluator{(type.Equals("CSharp", StringComparison.OrdinalIgnoreCase) ? " (the Host registers the CSharp evaluator)" : "")}.",
                    definition.DefinitionId, node.Id, node.Name, key)
                    { Arguments = new Dictionary<string, string> { ["type"] = type } });
                continue;
            }
            foreach (var d in evaluator.Validate(text, new ExpressionValidationContext(variableNames, inputNames, targetType)))
                errors.Add(new ValidationError(ValidationCodes.BadExpression, $"{type}: {d.Message}", definition.DefinitionId, node.Id, node.Name, key, d.Line, d.Column)
                    { Arguments = new Dictionary<string, string> { ["language"] = type, ["detail"] = d.Message } });
        }
    }

    private static void CheckLiteral(WorkflowDefinition definition, ActivityNode node, string key, string text, Type targetType, List<ValidationError> errors)
    {
        if (node.Type == "Elsa.Cron" && key == "cronExpression" && CronSchedule.Parse(text, out var cronError) is null)
        {
            errors.Add(new ValidationError(ValidationCodes.BadExpression, cronError!, definition.DefinitionId, node.Id, node.Name, key)
                { MessageKey = ValidationMessageKeys.BadCron, Arguments = new Dictionary<string, string> { ["detail"] = cronError! } });
            return;
        }
        if (text.Length == 0 || targetType == typeof(object) || targetType == typeof(string)) return;
        try
        {
            ValueConverter.Convert(JsonValue.Create(text), targetType);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidCastException or OverflowException)
        {
            errors.Add(new ValidationError(ValidationCodes.BadInputValue, ex.Message, definition.DefinitionId, node.Id, node.Name, key)
                { Arguments = new Dictionary<string, string> { ["detail"] = ex.Message, ["value"] = text } });
        }
    }
}

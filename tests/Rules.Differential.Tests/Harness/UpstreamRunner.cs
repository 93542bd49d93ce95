using System.Text.Json;
using System.Text.Json.Serialization;
using RulesEngine.Exceptions;
using RulesEngine.Models;
using Upstream = RulesEngine.RulesEngine;

namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>Runs scenarios through Microsoft RulesEngine 6.0.1 (the oracle).</summary>
public static class UpstreamRunner
{
    // Upstream's tests read workflow files with Newtonsoft (case-insensitive names, enums as text);
    // these options read them the same way with System.Text.Json.
    private static readonly JsonSerializerOptions WorkflowJson = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Workflow[] ParseWorkflows(string json)
    {
        var trimmed = json.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('[')
            ? JsonSerializer.Deserialize<Workflow[]>(trimmed, WorkflowJson) ?? []
            : [JsonSerializer.Deserialize<Workflow>(trimmed, WorkflowJson)!];
    }

    public static ReSettings Settings(EngineOptions options) => new()
    {
        EnableExceptionAsErrorMessage = options.EnableExceptionAsErrorMessage,
        IgnoreException = options.IgnoreException,
        EnableFormattedErrorMessage = options.EnableFormattedErrorMessage,
        EnableScopedParams = options.EnableScopedParams,
        IsExpressionCaseSensitive = options.IsExpressionCaseSensitive,
        AutoRegisterInputType = options.AutoRegisterInputType,
        AutoExecuteActions = options.AutoExecuteActions,
        EnableParallelRuleCompilation = options.EnableParallelRuleCompilation,
        UseFastExpressionCompiler = options.UseFastExpressionCompiler,
        NestedRuleExecutionMode = options.PerformanceMode ? NestedRuleExecutionMode.Performance : NestedRuleExecutionMode.All,
        CustomTypes = options.CustomTypes,
    };

    public static RunOutcome Run(Scenario scenario)
    {
        var session = Open(scenario, out var refused);
        return session is null ? refused! : session.Run(scenario.Inputs);
    }

    /// <summary>Registers the scenario's workflows in a new engine; null (and the outcome) when registration is refused.</summary>
    public static IEngineSession? Open(Scenario scenario, out RunOutcome? refused)
    {
        var engine = new Upstream(Settings(scenario.Options));
        refused = null;
        try
        {
            var workflows = ParseWorkflows(scenario.WorkflowsJson)
                .Where(w => scenario.Register.Count == 0 || scenario.Register.Contains(w.WorkflowName))
                .Concat(scenario.ExtraWorkflowsJson.SelectMany(ParseWorkflows))
                .ToArray();
            engine.AddWorkflow(workflows);
        }
        catch (RuleValidationException ex)
        {
            refused = RunOutcome.Threw(ThrownKind.RegistrationRefused, ex.Message, []);
            return null;
        }
        return new Session(engine, scenario);
    }

    private sealed class Session(Upstream engine, Scenario scenario) : IEngineSession
    {
        public RunOutcome Run(IReadOnlyList<DifferentialInput> inputs)
        {
            RuleParameter[] values;
            try
            {
                values = inputs.Select(i => new RuleParameter(i.Name, i.ForUpstream())).ToArray();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidCastException or FormatException)
            {
                // RuleParameter turns an ExpandoObject into a generated class, typed by the first element of each list
                return RunOutcome.Threw(ThrownKind.InputRejected, ex.Message, []);
            }
            var runs = new List<IReadOnlyList<ResultNode>>();
            for (var run = 0; run < scenario.Runs; run++)
            {
                try
                {
                    runs.Add(RunOnce(values));
                }
                catch (Exception ex)
                {
                    var inner = ex is AggregateException { InnerException: { } single } ? single : ex;
                    return RunOutcome.Threw(Classify(inner), inner.Message, runs);
                }
            }
            return RunOutcome.Of(runs);
        }

        private List<ResultNode> RunOnce(RuleParameter[] values)
        {
            if (scenario.ActionRule is { } ruleName)
            {
                var action = engine.ExecuteActionWorkflowAsync(scenario.WorkflowName, ruleName, values).AsTask().GetAwaiter().GetResult();
                // The rule's own result comes last (after those of the rules an EvaluateRule ran); the action's output and exception belong to it.
                var results = (action.Results ?? []).Select(Normalize).ToList();
                if (results.Count > 0)
                {
                    results[^1] = results[^1] with { ActionOutput = Canonical.Write(action.Output), ActionException = action.Exception?.Message };
                }
                return results;
            }
            return engine.ExecuteAllRulesAsync(scenario.WorkflowName, values).AsTask().GetAwaiter().GetResult().Select(Normalize).ToList();
        }
    }

    private static ResultNode Normalize(RuleResultTree result) => new(
        result.Rule.RuleName,
        result.IsSuccess,
        result.ExceptionMessage ?? string.Empty,
        Canonical.Write(result.ActionResult?.Output),
        result.ActionResult?.Exception?.Message,
        result.ChildResults?.Select(Normalize).ToList(),
        result.Rule.ErrorMessage,
        string.Join(" ", new[] { result.Rule.Expression, result.Rule.Actions?.OnSuccess?.Context?.GetValueOrDefault("expression")?.ToString(),
            result.Rule.Actions?.OnFailure?.Context?.GetValueOrDefault("expression")?.ToString() }.Where(e => e is not null)));

    private static ThrownKind Classify(Exception ex) => ex switch
    {
        RuleValidationException => ThrownKind.RegistrationRefused,
        RuleException => ThrownKind.RuleException,
        OperationCanceledException => ThrownKind.OperationCanceled,
        ArgumentException => ThrownKind.ArgumentException,
        _ => ThrownKind.Other,
    };
}

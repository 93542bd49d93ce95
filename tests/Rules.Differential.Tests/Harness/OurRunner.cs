using Participatie.Rules.Engine;
using Participatie.Rules.Loading;

namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>Runs scenarios through our engine, registered like upstream (<c>AddWorkflow</c>: structure checks only).</summary>
public static class OurRunner
{
    public static RuleSettings Settings(EngineOptions options) => new RuleSettings
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
        // Upstream has no budgets. The step and size budgets are deterministic and stay on; the time budget is off so a busy
        // machine cannot change an outcome (a generated workflow evaluates hundreds of rules in one evaluation).
        Limits = Participatie.Rules.Syntax.ExpressionLimits.Default with { MaxEvaluationTime = Timeout.InfiniteTimeSpan },
    } is var settings && options.OursInterpretFirstEvaluations is { } interpreted ? settings with { InterpretFirstEvaluations = interpreted } : settings;

    public static RunOutcome Run(Scenario scenario)
    {
        var session = Open(scenario, out var refused);
        return session is null ? refused! : session.Run(scenario.Inputs);
    }

    /// <summary>Registers the scenario's workflows in a new engine; null (and the outcome) when registration is refused.</summary>
    public static IEngineSession? Open(Scenario scenario, out RunOutcome? refused)
    {
        refused = null;
        var engine = new RuleEngine(Settings(scenario.Options));
        var documents = new[] { scenario.WorkflowsJson }.Concat(scenario.ExtraWorkflowsJson).Select(json => RuleSetLoader.Parse(json, scenario.Name)).ToList();
        var parseErrors = documents.SelectMany(d => d.Diagnostics).Where(d => d.IsError).ToList();
        if (parseErrors.Count > 0)
        {
            refused = RunOutcome.Threw(ThrownKind.RegistrationRefused, string.Join(" ", parseErrors), []);
            return null;
        }
        var workflows = documents[0].Workflows
            .Where(w => scenario.Register.Count == 0 || scenario.Register.Contains(w.WorkflowName))
            .Concat(documents.Skip(1).SelectMany(d => d.Workflows))
            .ToArray();
        var registration = engine.AddWorkflow(workflows);
        if (!registration.Succeeded)
        {
            refused = RunOutcome.Threw(ThrownKind.RegistrationRefused, string.Join(" ", registration.Errors), []);
            return null;
        }
        return new Session(engine, scenario);
    }

    private sealed class Session(RuleEngine engine, Scenario scenario) : IEngineSession
    {
        public RunOutcome Run(IReadOnlyList<DifferentialInput> inputs)
        {
            var values = inputs.Select(i => new RuleParameter(i.Name, i.ForOurs())).ToArray();
            var runs = new List<IReadOnlyList<ResultNode>>();
            for (var run = 0; run < scenario.Runs; run++)
            {
                try
                {
                    runs.Add(RunOnce(values));
                }
                catch (Exception ex)
                {
                    return RunOutcome.Threw(Classify(ex), ex.Message, runs);
                }
            }
            return RunOutcome.Of(runs);
        }

        private List<ResultNode> RunOnce(RuleParameter[] values)
        {
            if (scenario.ActionRule is { } ruleName)
            {
                var action = engine.ExecuteActionWorkflow(scenario.WorkflowName, ruleName, values);
                // The rule's own result comes last (after those of the rules an EvaluateRule ran); the action's output and exception belong to it.
                var results = action.Results.Select(Normalize).ToList();
                if (results.Count > 0)
                {
                    results[^1] = results[^1] with { ActionOutput = Canonical.Write(action.Output), ActionException = action.Exception?.Message };
                }
                return results;
            }
            return engine.ExecuteAllRules(scenario.WorkflowName, values, CancellationToken.None).Select(Normalize).ToList();
        }
    }

    private static ResultNode Normalize(RuleResultTree result) => new(
        result.Rule.RuleName,
        result.IsSuccess,
        result.ExceptionMessage,
        Canonical.Write(result.ActionResult?.Output),
        result.ActionResult?.Exception?.Message,
        result.ChildResults?.Select(Normalize).ToList(),
        result.Rule.ErrorMessage,
        string.Join(" ", new[] { result.Rule.Expression, result.Rule.Actions?.OnSuccess?.Context.GetValueOrDefault("expression")?.ToString(),
            result.Rule.Actions?.OnFailure?.Context.GetValueOrDefault("expression")?.ToString() }.Where(e => e is not null)));

    private static ThrownKind Classify(Exception ex) => ex switch
    {
        RuleException => ThrownKind.RuleException,
        OperationCanceledException => ThrownKind.OperationCanceled,
        ArgumentException => ThrownKind.ArgumentException,
        _ => ThrownKind.Other,
    };
}

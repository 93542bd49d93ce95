using System.Runtime.CompilerServices;
using Participatie.Rules.Actions;
using Participatie.Rules.Emit;

namespace Participatie.Rules.Engine;

/// <summary>Evaluates a compiled workflow on one set of inputs and builds the result trees.</summary>
internal sealed class WorkflowRunner
{
    private readonly RuleSettings _settings;
    private readonly RuleEngine _engine;
    private readonly int _actionDepth;
    private readonly CancellationToken _cancellation;

    public WorkflowRunner(RuleSettings settings, RuleEngine engine, int actionDepth, CancellationToken cancellation)
    {
        _settings = settings;
        _engine = engine;
        _actionDepth = actionDepth;
        _cancellation = cancellation;
    }

    // One evaluation's state lives in the runner itself (a runner is made per evaluation): one allocation instead of two.
    private object?[] _values = [];
    private string? _globalsError;
    private List<RuleResultTree>? _actionResults;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Prepare(CompiledWorkflow workflow, object?[] inputs, EvaluationBudget? inheritedBudget = null)
    {
        var values = inputs;
        if (inputs.Length != workflow.FrameSize)
        {
            values = new object?[workflow.FrameSize];
            Array.Copy(inputs, values, inputs.Length);
        }
        if (workflow.BudgetSlot >= 0)
        {
            // Created here, not per rule: the time and the loop steps are budgeted for the whole input set.
            values[workflow.BudgetSlot] = inheritedBudget ?? new EvaluationBudget(_settings.Limits);
        }
        _values = values;
        if (workflow.SharedCompileError is null)
        {
            var globals = workflow.Globals;
            for (var g = 0; g < globals.Length; g++)
            {
                var global = globals[g];
                try
                {
                    values[global.Slot] = global.Evaluate!.Invoke(values);
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                {
                    _globalsError = $"'{global.Name}': {RuntimeMessages.Describe(ex)}";
                    if (!_settings.EnableExceptionAsErrorMessage)
                    {
                        throw new RuleException($"Error while executing scoped params - {_globalsError}", ex);
                    }
                    break;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RuleResultTree[] ExecuteAll(CompiledWorkflow workflow, object?[] inputs)
    {
        _cancellation.ThrowIfCancellationRequested();
        workflow.NoteEvaluation();
        Prepare(workflow, inputs);
        var results = new RuleResultTree[workflow.Rules.Length];
        var rules = workflow.Rules;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            _cancellation.ThrowIfCancellationRequested();
            var result = new RuleResultTree(rule, Evaluate(rule, workflow), _values, _settings.EnableFormattedErrorMessage);
            if (rule.SubtreeHasActions && _settings.AutoExecuteActions)
            {
                RunActions(rule, result, BudgetOf(workflow));
            }
            results[r] = result;
        }
        // Stops the clock (not the step count) for lazy values the caller reads later; see EvaluationBudget.Release.
        BudgetOf(workflow)?.Release();
        return results;
    }

    /// <summary>The budget in the frame (the emitted code reads it from there).</summary>
    private EvaluationBudget? BudgetOf(CompiledWorkflow workflow) =>
        workflow.BudgetSlot >= 0 ? (EvaluationBudget?)_values[workflow.BudgetSlot] : null;

    /// <param name="inheritedBudget">The budget of the evaluation whose EvaluateRule action this is; null starts a new evaluation.</param>
    public ActionRuleResult ExecuteOne(CompiledWorkflow workflow, CompiledRule rule, object?[] inputs, EvaluationBudget? inheritedBudget)
    {
        _cancellation.ThrowIfCancellationRequested();
        workflow.NoteEvaluation();
        Prepare(workflow, inputs, inheritedBudget);
        var result = new RuleResultTree(rule, Evaluate(rule, workflow), _values, _settings.EnableFormattedErrorMessage);
        var budget = BudgetOf(workflow) ?? inheritedBudget;
        // As upstream, the action's outcome is returned in the ActionRuleResult only, not recorded on the rule's result tree.
        var action = RunAction(rule, result, budget, recordOnResult: false);
        // As upstream: the results of the rules an EvaluateRule action ran come first, this rule's own result last.
        var all = new List<RuleResultTree>(_actionResults ?? []) { result };
        if (inheritedBudget is null)
        {
            budget?.Release();
        }
        return new ActionRuleResult(action?.Output, action?.Exception, all);
    }

    private string Fail(string message, Exception? exception)
    {
        if (!_settings.EnableExceptionAsErrorMessage)
        {
            throw new RuleException(message, exception);
        }
        return _settings.IgnoreException ? string.Empty : message;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RuleOutcome Evaluate(CompiledRule rule, CompiledWorkflow workflow)
    {
        var values = _values;
        var sharedError = workflow.SharedCompileError;
        if (sharedError is not null)
        {
            return new RuleOutcome(false, Fail($"Error while compiling rule `{rule.Rule.RuleName}`: {sharedError}", null));
        }
        if (workflow.InputCollidesWithGlobal is { } collision)
        {
            return new RuleOutcome(false, Fail($"Error while executing scoped params for rule `{rule.Rule.RuleName}` - {collision}", null));
        }
        if (rule.ParamsCompileError is not null)
        {
            return new RuleOutcome(false, Fail(rule.ParamsCompileError, null));
        }
        if (_globalsError is not null)
        {
            return new RuleOutcome(false, Fail($"Error while executing scoped params for rule `{rule.Rule.RuleName}` - {_globalsError}", null));
        }
        var locals = rule.Locals;
        for (var l = 0; l < locals.Length; l++)
        {
            var local = locals[l];
            try
            {
                values[local.Slot] = local.Evaluate!.Invoke(values);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not RuleException)
            {
                var message = $"Error while executing scoped params for rule `{rule.Rule.RuleName}` - '{local.Name}': {RuntimeMessages.Describe(ex)}";
                return new RuleOutcome(false, Fail(message, ex));
            }
        }
        if (rule.Children is { } children)
        {
            RuleOutcome[]? details = null;
            var successes = 0UL;
            var count = 0;
            var success = !rule.IsOr;
            if (children.Length == 0)
            {
                success = false;
            }
            for (var c = 0; c < children.Length; c++)
            {
                var childResult = Evaluate(children[c], workflow);
                if (details is null && (c >= 64 || !childResult.IsPlain))
                {
                    details = new RuleOutcome[children.Length];
                    for (var p = 0; p < count; p++)
                    {
                        details[p] = new RuleOutcome((successes & (1UL << p)) != 0, string.Empty);
                    }
                }
                if (details is not null)
                {
                    details[count] = childResult;
                }
                else if (childResult.Success)
                {
                    successes |= 1UL << count;
                }
                count++;
                if (rule.IsOr)
                {
                    success |= childResult.Success;
                }
                else
                {
                    success &= childResult.Success;
                }
                if (_settings.NestedRuleExecutionMode == NestedRuleExecutionMode.Performance && childResult.Success == rule.IsOr)
                {
                    break;
                }
            }
            var message = string.Empty;
            if (rule.DuplicateNameError is { } duplicate)
            {
                success = false;
                message = Fail($"Error while executing rule : {rule.Rule.RuleName} - {duplicate}", null);
            }
            return new RuleOutcome(success, message) { ChildrenRan = true, Children = details, ChildCount = count, ChildSuccesses = successes };
        }
        if (rule.DuplicateNameError is { } duplicateName)
        {
            return new RuleOutcome(false, Fail($"Error while executing rule : {rule.Rule.RuleName} - {duplicateName}", null));
        }
        if (rule.ExpressionCompileError is not null)
        {
            if (!_settings.EnableExceptionAsErrorMessage)
            {
                // Upstream rethrows the parse error from its rule compiler, which words it as a compile error.
                throw new RuleException($"Error while compiling rule `{rule.Rule.RuleName}`: {rule.ExpressionCompileDetail ?? rule.ExpressionCompileError}");
            }
            return new RuleOutcome(false, Fail(rule.ExpressionCompileError, null));
        }
        try
        {
            var success = rule.Predicate!.Invoke(values);
            return new RuleOutcome(success, string.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not RuleException)
        {
            var message = $"Error while executing rule : {rule.Rule.RuleName} - {RuntimeMessages.Describe(ex)}";
            return new RuleOutcome(false, Fail(message, ex));
        }
    }

    private void RunActions(CompiledRule rule, RuleResultTree result, EvaluationBudget? budget)
    {
        RunAction(rule, result, budget);
        if (rule.Children is null || result.ChildResults is null)
        {
            return;
        }
        for (var i = 0; i < result.ChildResults.Count; i++)
        {
            RunActions(rule.Children[i], result.ChildResults[i], budget);
        }
    }

    /// <param name="budget">The evaluation's budget, handed on to EvaluateRule actions.</param>
    private ActionResult? RunAction(CompiledRule rule, RuleResultTree result, EvaluationBudget? budget, bool recordOnResult = true)
    {
        var action = result.IsSuccess ? rule.OnSuccess : rule.OnFailure;
        if (action is null)
        {
            return null;
        }
        ActionResult actionResult;
        try
        {
            actionResult = RunActionCore(action, result, budget);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException && _settings.EnableExceptionAsErrorMessage)
        {
            actionResult = new ActionResult(null, ex is RuleRuntimeException or RuleException ? ex : new RuleException(RuntimeMessages.Describe(ex), ex));
        }
        if (recordOnResult)
        {
            result.ActionResult = actionResult;
        }
        return actionResult;
    }

    private ActionResult RunActionCore(CompiledAction action, RuleResultTree result, EvaluationBudget? budget)
    {
        switch (action.Info.Name)
        {
            case "OutputExpression":
                if (action.CompileError is not null)
                {
                    return new ActionResult(null, new RuleException(action.CompileError));
                }
                return new ActionResult(action.Output!.Invoke(_values), null);
            case "EvaluateRule":
            {
                if (_actionDepth >= _settings.Limits.MaxActionDepth)
                {
                    return new ActionResult(null, new RuleException($"Te veel EvaluateRule-acties achter elkaar (meer dan {_settings.Limits.MaxActionDepth}); waarschijnlijk roepen regels elkaar in een kring aan."));
                }
                var workflowName = action.Info.Context["workflowName"] as string ?? string.Empty;
                var ruleName = action.Info.Context["ruleName"] as string ?? string.Empty;
                var parameters = new List<RuleParameter>();
                IReadOnlyCollection<string>? filter = null;
                if (action.Info.Context.TryGetValue("inputFilter", out var filterValue) && filterValue is IEnumerable<object?> filterList)
                {
                    filter = filterList.OfType<string>().ToList();
                }
                var targetGlobals = _engine.GlobalParamNames(workflowName);
                foreach (var pair in result.Inputs)
                {
                    if ((filter is null || filter.Contains(pair.Key)) && !targetGlobals.Contains(pair.Key))
                    {
                        parameters.Add(new RuleParameter(pair.Key, pair.Value));
                    }
                }
                foreach (var (name, evaluate, error) in action.AdditionalInputs)
                {
                    if (error is not null)
                    {
                        return new ActionResult(null, new RuleException(error));
                    }
                    parameters.RemoveAll(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                    parameters.Add(new RuleParameter(name, evaluate!.Invoke(_values)));
                }
                var inner = _engine.ExecuteActionWorkflowCore(workflowName, ruleName, parameters.ToArray(), _actionDepth + 1, _cancellation, budget);
                (_actionResults ??= []).AddRange(inner.Results);
                return new ActionResult(inner.Output, inner.Exception);
            }
            default:
            {
                var factory = _settings.CustomActions[action.Info.Name];
                var parameters = result.Inputs.Select(p => new RuleParameter(p.Key, p.Value)).ToList();
                var output = factory().Run(new ActionContext(action.Info.Context, result), parameters);
                return new ActionResult(output, null);
            }
        }
    }
}

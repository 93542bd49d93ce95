using System.Globalization;
using Participatie.Rules.Binding;
using Participatie.Rules.Compilation;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Emit;
using Participatie.Rules.Model;

namespace Participatie.Rules.Engine;

/// <summary>
/// Compiles a workflow for a given set of input names and types. In check mode (no inputs known) it
/// only binds, treating unknown names as inputs, and collects located diagnostics.
/// </summary>
internal sealed class WorkflowCompiler
{
    private readonly RuleSettings _settings;
    private readonly MemberCatalog _catalog;
    private readonly LateBinder _late;
    private readonly List<Diagnostic>? _check;
    private readonly bool _openWorld;
    private int _nextSlot;
    private Workflow _workflow = new();
    private ExpressionPipeline.FrameCompilation _frame = null!;

    /// <param name="openWorld">In check mode: treat unknown names as inputs of unknown type (a file checked without its inputs).
    /// False checks against exactly the inputs given.</param>
    public WorkflowCompiler(RuleSettings settings, MemberCatalog catalog, LateBinder late, List<Diagnostic>? checkDiagnostics = null, bool openWorld = true)
    {
        _settings = settings;
        _catalog = catalog;
        _late = late;
        _check = checkDiagnostics;
        _openWorld = openWorld;
    }

    private bool CheckOnly => _check is not null;

    public static MemberCatalog CreateCatalog(RuleSettings settings, IEnumerable<Type> inputTypes) =>
        new([.. settings.CustomTypes, typeof(SafeConvert), typeof(ExpressionUtils)], inputTypes, settings.AutoRegisterInputType);

    public CompiledWorkflow Compile(Workflow workflow, IReadOnlyList<(string Name, TypeSymbol Type)> inputs)
    {
        _workflow = workflow;
        _nextSlot = 0;
        var scope = new List<ParameterSymbol>();
        foreach (var (name, type) in inputs)
        {
            scope.Add(new ParameterSymbol(name, type, _nextSlot++));
        }
        _frame = new ExpressionPipeline.FrameCompilation(_settings.TimeProvider, _late, _settings.Limits, () => _nextSlot++, _settings.InterpretFirstEvaluations > 0);
        string? sharedError = null;
        var collisions = _settings.EnableScopedParams
            ? (workflow.GlobalParams ?? []).Select(g => g.Name).Where(name => inputs.Any(i => string.Equals(i.Name, name, StringComparison.Ordinal))).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var collisionError = collisions.Count > 0
            ? string.Join(" ", collisions.Select(c => $"De invoer '{c}' botst met (collides with) de globale parameter met dezelfde naam '{c}'; geef de invoer of de parameter een andere naam."))
            : null;
        var globals = new List<CompiledParam>();
        if (_settings.EnableScopedParams)
        {
            foreach (var parameter in workflow.GlobalParams ?? [])
            {
                var (compiled, symbol, error) = CompileParam(parameter, scope, "GlobalParams", null);
                globals.Add(compiled);
                scope.Add(symbol);
                if (error is not null)
                {
                    sharedError ??= error;
                }
            }
        }
        var rules = workflow.Rules.Where(r => r.Enabled).Select(r => CompileRule(r, scope, null)).ToList();
        return new CompiledWorkflow
        {
            Workflow = workflow,
            FrameSize = _nextSlot,
            BudgetSlot = _frame.UsedBudgetSlot ?? -1,
            InputNames = inputs.Select(i => i.Name).ToArray(),
            Globals = globals.ToArray(),
            SharedCompileError = sharedError,
            InputCollidesWithGlobal = collisionError,
            Rules = rules.ToArray(),
            Deferred = _frame.Deferred,
            InterpretedEvaluations = _settings.InterpretFirstEvaluations,
        };
    }

    private (CompiledParam Compiled, ParameterSymbol Symbol, string? Error) CompileParam(ScopedParam parameter, List<ParameterSymbol> scope, string field, Rule? rule)
    {
        var slot = _nextSlot++;
        var result = Bind(parameter.Expression, scope, predicate: false, rule, $"{field}[{parameter.Name}]", parameter.ExpressionPosition);
        if (result.HasErrors)
        {
            return (new CompiledParam(parameter.Name, slot, null), new ParameterSymbol(parameter.Name, DynamicTypeSymbol.Instance, slot), $"'{parameter.Name}': {Describe(result.Diagnostics)}");
        }
        var type = result.Bound.Type is NullTypeSymbol ? DynamicTypeSymbol.Instance : result.Bound.Type;
        var symbol = new ParameterSymbol(parameter.Name, type, slot);
        string? emitError = null;
        var function = CheckOnly ? null : ExpressionPipeline.TryCompileFrame<object?>(result.Bound, _frame, out emitError);
        return (new CompiledParam(parameter.Name, slot, function), symbol, emitError is null ? null : $"'{parameter.Name}': {emitError}");
    }

    private ExpressionPipeline.Result Bind(string? text, List<ParameterSymbol> scope, bool predicate, Rule? rule, string field, SourcePosition? position)
    {
        var options = new BinderOptions(scope.ToList(), _catalog, _settings.IsExpressionCaseSensitive) { OpenWorld = CheckOnly && _openWorld };
        var result = ExpressionPipeline.Bind(text, options, _settings.Limits, predicate);
        if (_check is not null)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                _check.Add(diagnostic with
                {
                    Location = new DiagnosticLocation(_workflow.SourceFile, position?.Line, position?.Column, _workflow.WorkflowName, rule?.RuleName, field),
                });
            }
        }
        return result;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(" ", diagnostics.Where(d => d.IsError).Select(d => d.Column is { } c ? $"(kolom {c.ToString(CultureInfo.InvariantCulture)}) {d.Message}" : d.Message));

    /// <param name="duplicateNameError">Set when a rule around this one already has a local parameter that repeats a name in scope.</param>
    private CompiledRule CompileRule(Rule rule, List<ParameterSymbol> parentScope, string? duplicateNameError)
    {
        var scope = new List<ParameterSymbol>(parentScope);
        var locals = new List<CompiledParam>();
        string? paramsError = null;
        if (_settings.EnableScopedParams)
        {
            foreach (var parameter in rule.LocalParams ?? [])
            {
                if (duplicateNameError is null && scope.Exists(s => string.Equals(s.Name, parameter.Name, StringComparison.Ordinal)))
                {
                    duplicateNameError = $"De naam '{parameter.Name}' komt twee keer voor (duplicate): de lokale parameter heet net zo als een invoer, "
                        + "een globale parameter of een lokale parameter van een regel eromheen. Geef de lokale parameter een andere naam.";
                    _check?.Add(new Diagnostic("RE1108", DiagnosticSeverity.Error, default, duplicateNameError)
                    {
                        Location = new DiagnosticLocation(_workflow.SourceFile, parameter.ExpressionPosition?.Line, parameter.ExpressionPosition?.Column,
                            _workflow.WorkflowName, rule.RuleName, $"LocalParams[{parameter.Name}]"),
                    });
                }
                var (compiled, symbol, error) = CompileParam(parameter, scope, "LocalParams", rule);
                locals.Add(compiled);
                scope.Add(symbol);
                if (error is not null)
                {
                    paramsError ??= $"Error while compiling rule `{rule.RuleName}`: {error}";
                }
            }
        }
        List<CompiledRule>? children = null;
        FrameFunction<bool>? predicate = null;
        string? expressionError = null;
        string? expressionDetail = null;
        if (rule.Operator is not null && rule.Rules is { Count: > 0 })
        {
            children = rule.Rules.Where(r => r.Enabled).Select(r => CompileRule(r, scope, duplicateNameError)).ToList();
        }
        else if (string.IsNullOrWhiteSpace(rule.Expression))
        {
            // the validator already reports this (RE1104/RE1105); do not report it twice
            expressionError = rule.Rules is { Count: > 0 }
                ? "Cannot use Rules field when Operator is null"
                : "Expression cannot be null or empty when RuleExpressionType is LambdaExpression";
        }
        else
        {
            var result = Bind(rule.Expression, scope, predicate: true, rule, "Expression", rule.ExpressionPosition);
            if (result.HasErrors)
            {
                expressionDetail = Describe(result.Diagnostics);
            }
            else if (!CheckOnly)
            {
                predicate = ExpressionPipeline.TryCompileFrame<bool>(result.Bound, _frame, out expressionDetail);
            }
            if (expressionDetail is not null)
            {
                expressionError = $"Exception while parsing expression `{rule.Expression}` - {expressionDetail}";
            }
        }
        var onSuccess = CompileAction(rule.Actions?.OnSuccess, scope, rule, "Actions.OnSuccess");
        var onFailure = CompileAction(rule.Actions?.OnFailure, scope, rule, "Actions.OnFailure");
        return new CompiledRule
        {
            Rule = rule,
            SubtreeHasActions = onSuccess is not null || onFailure is not null || (children?.Exists(c => c.SubtreeHasActions) ?? false),
            SubtreeHasErrorMessages = rule.ErrorMessage is not null || (children?.Exists(c => c.SubtreeHasErrorMessages) ?? false),
            ErrorMessageTemplate = ErrorMessageFormatter.Parse(rule.ErrorMessage),
            Locals = locals.ToArray(),
            ParamsCompileError = paramsError,
            Predicate = predicate,
            ExpressionCompileError = expressionError,
            ExpressionCompileDetail = expressionDetail,
            DuplicateNameError = duplicateNameError,
            Children = children?.ToArray(),
            IsOr = rule.Operator is "Or" or "OrElse",
            VisibleNames = scope.Select(s => s.Name).ToArray(),
            VisibleSlots = scope.Select(s => s.Slot).ToArray(),
            OnSuccess = onSuccess,
            OnFailure = onFailure,
        };
    }

    private CompiledAction? CompileAction(ActionInfo? action, List<ParameterSymbol> scope, Rule rule, string field)
    {
        if (action is null)
        {
            return null;
        }
        if (action.Name == "OutputExpression" && action.Context.TryGetValue("expression", out var text) && text is string expression)
        {
            var result = Bind(expression, scope, predicate: false, rule, field, action.Position);
            if (result.HasErrors)
            {
                return new CompiledAction { Info = action, CompileError = $"Exception while parsing expression `{expression}` - {Describe(result.Diagnostics)}" };
            }
            string? emitError = null;
            var output = CheckOnly ? null : ExpressionPipeline.TryCompileFrame<object?>(result.Bound, _frame, out emitError);
            return emitError is null
                ? new CompiledAction { Info = action, Output = output }
                : new CompiledAction { Info = action, CompileError = $"Exception while parsing expression `{expression}` - {emitError}" };
        }
        var additional = new List<(string, FrameFunction<object?>?, string?)>();
        if (action.Name == "EvaluateRule" && action.Context.TryGetValue("additionalInputs", out var inputs) && inputs is IEnumerable<object?> list)
        {
            foreach (var item in list)
            {
                if (item is IReadOnlyDictionary<string, object?> entry && entry.TryGetValue("Name", out var n) && n is string name
                    && entry.TryGetValue("Expression", out var e) && e is string inputExpression)
                {
                    var result = Bind(inputExpression, scope, predicate: false, rule, field + ".additionalInputs", action.Position);
                    if (result.HasErrors)
                    {
                        additional.Add((name, null, $"Exception while parsing expression `{inputExpression}` - {Describe(result.Diagnostics)}"));
                    }
                    else
                    {
                        string? emitError = null;
                        var evaluate = CheckOnly ? null : ExpressionPipeline.TryCompileFrame<object?>(result.Bound, _frame, out emitError);
                        additional.Add((name, evaluate, emitError));
                    }
                }
            }
        }
        return new CompiledAction { Info = action, AdditionalInputs = additional };
    }
}

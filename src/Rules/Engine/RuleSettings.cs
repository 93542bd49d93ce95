using Participatie.Rules.Actions;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Engine;

/// <summary>Engine settings, named as in RulesEngine's ReSettings.</summary>
public sealed record RuleSettings
{
    /// <summary>Report exceptions as the result's message (true) or throw a <see cref="RuleException"/> (false).</summary>
    public bool EnableExceptionAsErrorMessage { get; init; } = true;

    /// <summary>Leave exception texts out of results (the rule's ErrorMessage is used instead).</summary>
    public bool IgnoreException { get; init; }

    /// <summary>Fill <c>$(input.field)</c> placeholders in ErrorMessage for failed top-level rules.</summary>
    public bool EnableFormattedErrorMessage { get; init; } = true;

    /// <summary>Allow GlobalParams and LocalParams.</summary>
    public bool EnableScopedParams { get; init; } = true;

    public NestedRuleExecutionMode NestedRuleExecutionMode { get; init; } = NestedRuleExecutionMode.All;

    public bool IsExpressionCaseSensitive { get; init; }

    /// <summary>Allow calling methods of the input types (their properties are always readable).</summary>
    public bool AutoRegisterInputType { get; init; } = true;

    /// <summary>Types whose public members (static and instance) expressions may use.</summary>
    public IReadOnlyList<Type> CustomTypes { get; init; } = [];

    /// <summary>Custom actions by name, usable in Actions.OnSuccess/OnFailure.</summary>
    public IReadOnlyDictionary<string, Func<RuleAction>> CustomActions { get; init; } = new Dictionary<string, Func<RuleAction>>();

    /// <summary>Run OnSuccess/OnFailure actions during <c>ExecuteAllRules</c>.</summary>
    public bool AutoExecuteActions { get; init; } = true;

    /// <summary>Accepted for compatibility; compilation is already fast and cached.</summary>
    public bool EnableParallelRuleCompilation { get; init; }

    /// <summary>Accepted for compatibility; has no effect.</summary>
    public bool UseFastExpressionCompiler { get; init; } = true;

    /// <summary>
    /// How many evaluations of a workflow (per input signature) run its loop-free expressions interpreted before they are
    /// compiled to IL: loading a rule set and running it once costs a fraction, bulk runs get compiled code. 0 compiles at once.
    /// </summary>
    public int InterpretFirstEvaluations { get; init; } = 2;

    /// <summary>The clock behind <c>DateTime.Now</c>, <c>UtcNow</c> and <c>Today</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ExpressionLimits Limits { get; init; } = ExpressionLimits.Default;
}

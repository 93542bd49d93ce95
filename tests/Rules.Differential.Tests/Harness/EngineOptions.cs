namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>The settings both engines share (ReSettings names), applied to each in its own way.</summary>
public sealed record EngineOptions
{
    public static EngineOptions Default { get; } = new();

    public bool EnableExceptionAsErrorMessage { get; init; } = true;

    public bool IgnoreException { get; init; }

    public bool EnableFormattedErrorMessage { get; init; } = true;

    public bool EnableScopedParams { get; init; } = true;

    public bool IsExpressionCaseSensitive { get; init; }

    public bool AutoRegisterInputType { get; init; } = true;

    public bool AutoExecuteActions { get; init; } = true;

    public bool EnableParallelRuleCompilation { get; init; }

    public bool UseFastExpressionCompiler { get; init; }

    /// <summary>NestedRuleExecutionMode.Performance (stop at the first child that decides) instead of All.</summary>
    public bool PerformanceMode { get; init; }

    public Type[] CustomTypes { get; init; } = [];

    /// <summary>Ours only (RuleSettings.InterpretFirstEvaluations): null keeps the default.</summary>
    public int? OursInterpretFirstEvaluations { get; init; }
}

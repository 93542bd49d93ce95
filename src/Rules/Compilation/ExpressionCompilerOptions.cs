using Participatie.Rules.Syntax;

namespace Participatie.Rules.Compilation;

/// <summary>Settings for compiling single expressions.</summary>
public sealed record ExpressionCompilerOptions
{
    /// <summary>Types whose public members expressions may use (like RulesEngine's CustomTypes).</summary>
    public IReadOnlyList<Type> CustomTypes { get; init; } = [];

    public bool IsExpressionCaseSensitive { get; init; }

    /// <summary>The clock behind <c>DateTime.Now</c>, <c>UtcNow</c> and <c>Today</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ExpressionLimits Limits { get; init; } = ExpressionLimits.Default;
}

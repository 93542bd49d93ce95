using Participatie.Rules.Diagnostics;

namespace Participatie.Rules.Compilation;

/// <summary>The value of an evaluated expression, or the diagnostics explaining why there is none.</summary>
public sealed record ExpressionEvaluation(object? Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => !Diagnostics.Any(d => d.IsError);
}

namespace Participatie.Rules.Compilation;

/// <summary>A named, typed value an expression may use. Use <see cref="object"/> for values of unknown type (bound late).</summary>
public sealed record ExpressionParameter(string Name, Type Type);

namespace Participatie.Rules.Binding;

/// <summary>A named value available to an expression. <see cref="Slot"/> is its index in the evaluation frame.</summary>
internal sealed record ParameterSymbol(string Name, TypeSymbol Type, int Slot);

/// <summary>A lambda parameter (<c>x</c> in <c>x =&gt; …</c>, or the implicit <c>it</c>). Compared by reference.</summary>
internal sealed class LambdaParameterSymbol(string name, TypeSymbol type)
{
    public string Name { get; } = name;

    public TypeSymbol Type { get; } = type;
}

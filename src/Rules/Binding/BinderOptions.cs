namespace Participatie.Rules.Binding;

/// <summary>What the binder knows about the world an expression runs in.</summary>
internal sealed record BinderOptions(
    IReadOnlyList<ParameterSymbol> Parameters,
    MemberCatalog Catalog,
    bool CaseSensitive)
{
    /// <summary>Unknown root names are treated as inputs of unknown type (used by <c>rules check</c>).</summary>
    public bool OpenWorld { get; init; }

    /// <summary>Allow bare member names of the single parameter (Dynamic LINQ's implicit <c>it</c>).</summary>
    public bool ImplicitIt { get; init; } = true;
}

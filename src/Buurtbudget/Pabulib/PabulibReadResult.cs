namespace Participatie.Buurtbudget.Pabulib;

/// <summary>The file (null when there are errors) and every problem found, in file order.</summary>
public sealed record PabulibReadResult(PabulibFile? File, IReadOnlyList<PabulibDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

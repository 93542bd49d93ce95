using Participatie.Burgerberaad.Diagnostics;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// What <see cref="LeximinSelector.Select"/> produced: the lottery, or the problems that prevent one. When the
/// quotas conflict, <see cref="Conflict"/> names the conflicting bounds and the nearest quotas that can be met.
/// </summary>
public sealed record SelectionOutcome(LeximinResult? Result, IReadOnlyList<Diagnostic> Diagnostics, QuotaConflict? Conflict = null)
{
    public bool Succeeded => Result is not null;
}

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// Why no panel meets the quotas. <see cref="Bounds"/> is a smallest set of quota bounds that already cannot be met
/// together (drop any one of them and the rest can); <see cref="Relaxation"/> is a set of quota changes with the
/// smallest total change that makes the quotas feasible.
/// </summary>
public sealed record QuotaConflict(int PanelSize, IReadOnlyList<QuotaBound> Bounds, IReadOnlyList<QuotaChange> Relaxation)
{
    public int TotalChange => Relaxation.Sum(c => c.Amount);
}

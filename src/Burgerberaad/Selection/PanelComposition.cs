namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// One panel shape in the distribution: how many seats each <see cref="VolunteerGroup"/> gets (indexed like
/// <see cref="LeximinResult.Groups"/>), and the chance that this shape is drawn. Every shape meets all quotas.
/// </summary>
public sealed record PanelComposition(IReadOnlyList<int> Seats, double Probability);

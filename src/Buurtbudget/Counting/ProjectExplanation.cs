using System.Globalization;

namespace Participatie.Buurtbudget.Counting;

/// <summary>
/// Why a project was or was not funded. Greedy fills <see cref="BudgetLeft"/> (the budget left when
/// the project's turn came). Equal Shares fills <see cref="Round"/>, <see cref="MaxPayment"/> (the
/// most any supporter paid: the equal share), <see cref="Rho"/> (price per unit of utility, lower
/// wins), <see cref="Payments"/> (what each supporter paid, grouped) for selected projects, and
/// <see cref="MoneyBehind"/> (the supporters' money left at the end) for unaffordable ones.
/// For points ballots <see cref="Points"/> is the project's total points (and <see cref="Votes"/> the
/// number of voters who gave it a point); Equal Shares then prices per point: <see cref="Rho"/> is
/// what one point cost its giver, a supporter paid points × rho or all they had left.
/// Amounts are rounded to 6 decimals for display; the count itself decides exactly.
/// </summary>
public sealed record ProjectExplanation(string ProjectId, decimal Cost, int Votes, Verdict Verdict)
{
    public bool Selected => Verdict is Verdict.Selected or Verdict.SelectedByCompletion;

    public decimal? BudgetLeft { get; init; }

    public int? Round { get; init; }

    public decimal? MaxPayment { get; init; }

    public double? Rho { get; init; }

    public IReadOnlyList<Payment> Payments { get; init; } = [];

    public decimal? MoneyBehind { get; init; }

    /// <summary>Total points (points ballots only).</summary>
    public decimal? Points { get; init; }

    /// <summary>One sentence (Dutch) for result pages and logs.</summary>
    public string Describe()
    {
        var c = CultureInfo.InvariantCulture;
        if (Points is { } points)
        {
            return DescribePoints(c, points);
        }
        return Verdict switch
        {
            Verdict.Selected when MaxPayment is { } share => string.Create(c,
                $"Project {ProjectId} gekozen in ronde {Round}: {Votes} stemmen; kosten {Cost} betaald door de voorstanders, ieder hoogstens {share} (rho {Rho:G6}); {string.Join(", ", Payments.Select(p => $"{p.Voters} × {p.Amount}"))}."),
            Verdict.Selected => string.Create(c,
                $"Project {ProjectId} gekozen: {Votes} stemmen, kosten {Cost}, restbudget daarvoor {BudgetLeft}."),
            Verdict.SelectedByCompletion => string.Create(c,
                $"Project {ProjectId} gekozen bij de aanvulling op stemmen: {Votes} stemmen, kosten {Cost}, restbudget daarvoor {BudgetLeft}."),
            Verdict.DoesNotFit => string.Create(c,
                $"Project {ProjectId} niet gekozen: {Votes} stemmen, maar kosten {Cost} passen niet in het restbudget {BudgetLeft}."),
            Verdict.Unaffordable => string.Create(c,
                $"Project {ProjectId} niet gekozen: {Votes} stemmen, maar de voorstanders hadden samen nog {MoneyBehind} over, minder dan de kosten {Cost}."),
            Verdict.NoVotes => $"Project {ProjectId} niet gekozen: geen stemmen.",
            Verdict.ZeroCost => $"Project {ProjectId} niet meegeteld: kosten 0.",
            _ => ProjectId,
        };
    }

    private string DescribePoints(CultureInfo c, decimal points)
    {
        var support = string.Create(c, $"{points} punten van {Votes} {(Votes == 1 ? "kiezer" : "kiezers")}");
        return Verdict switch
        {
            Verdict.Selected when Rho is { } rho => string.Create(c,
                $"Project {ProjectId} gekozen in ronde {Round}: {support}; kosten {Cost} betaald door wie punten gaf, {rho:G6} per punt of wat iemand nog had; {string.Join(", ", Payments.Select(p => $"{p.Voters} × {p.Amount}"))}."),
            Verdict.Selected => string.Create(c,
                $"Project {ProjectId} gekozen: {support}, kosten {Cost}, restbudget daarvoor {BudgetLeft}."),
            Verdict.SelectedByCompletion => string.Create(c,
                $"Project {ProjectId} gekozen bij de aanvulling op punten: {support}, kosten {Cost}, restbudget daarvoor {BudgetLeft}."),
            Verdict.DoesNotFit => string.Create(c,
                $"Project {ProjectId} niet gekozen: {support}, maar kosten {Cost} passen niet in het restbudget {BudgetLeft}."),
            Verdict.Unaffordable => string.Create(c,
                $"Project {ProjectId} niet gekozen: {support}, maar wie punten gaf had samen nog {MoneyBehind} over, minder dan de kosten {Cost}."),
            Verdict.NoVotes => $"Project {ProjectId} niet gekozen: geen punten.",
            Verdict.ZeroCost => $"Project {ProjectId} niet meegeteld: kosten 0.",
            _ => ProjectId,
        };
    }
}

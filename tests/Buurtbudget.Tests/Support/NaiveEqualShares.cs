using Participatie.Buurtbudget.Arithmetic;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Tests.Support;

/// <summary>
/// The Method of Equal Shares written straight from its definition, voter by voter, in exact
/// fractions and without any optimisation: the oracle the engine is compared with. Also checks,
/// as it goes, that every funded project is paid in full by its supporters out of what they have.
/// </summary>
public static class NaiveEqualShares
{
    public static List<string> Run(Election election, UtilityKind utility, decimal total, int divisor = 1)
    {
        var budgets = election.Voters.ToDictionary(v => v.Id, _ => Rational.Divide(Rational.From(total), divisor));
        var supporters = election.Projects.ToDictionary(
            p => p.Id,
            p => election.Voters.Where(v => v.Projects.Contains(p.Id)).Select(v => v.Id).ToList());
        var remaining = election.Projects
            .Where(p => p.Cost > 0 && supporters[p.Id].Count > 0)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var winners = new List<string>();
        while (true)
        {
            Project? best = null;
            Rational bestRho = default, bestShare = default;
            foreach (var project in remaining)
            {
                var cost = Rational.From(project.Cost);
                var sorted = supporters[project.Id].OrderBy(v => budgets[v].ToDouble()).ToList();
                sorted.Sort((a, b) => Rational.SortCompare(budgets[a], budgets[b]));
                var behind = sorted.Aggregate(Rational.Zero, (s, v) => Rational.Add(s, budgets[v]));
                if (Rational.Compare(behind, cost) == Order.Less)
                {
                    continue;
                }
                var paid = Rational.Zero;
                var left = sorted.Count;
                Rational? share = null;
                foreach (var v in sorted)
                {
                    var equal = Rational.Divide(Rational.Subtract(cost, paid), left);
                    if (Rational.Compare(equal, budgets[v]) != Order.Greater)
                    {
                        share = equal;
                        break;
                    }
                    paid = Rational.Add(paid, budgets[v]);
                    left--;
                }
                var rho = utility == UtilityKind.Cost ? Rational.Divide(share!.Value, cost) : share!.Value;
                if (best is null || Rational.Compare(rho, bestRho) == Order.Less)
                {
                    (best, bestRho, bestShare) = (project, rho, share.Value);
                }
            }
            if (best is null)
            {
                return winners;
            }
            winners.Add(best.Id);
            remaining.Remove(best);
            var collected = Rational.Zero;
            foreach (var v in supporters[best.Id])
            {
                var pays = Rational.Compare(budgets[v], bestShare) == Order.Greater ? bestShare : budgets[v];
                budgets[v] = Rational.Subtract(budgets[v], pays);
                collected = Rational.Add(collected, pays);
                Assert.NotEqual(Order.Less, Rational.Compare(budgets[v], Rational.Zero));
            }
            Assert.Equal(Order.Equal, Rational.Compare(collected, Rational.From(best.Cost)));
        }
    }
}

using Participatie.Buurtbudget.Arithmetic;
using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Tests.Support;

/// <summary>
/// The Method of Equal Shares with the points as utilities, written from the definition
/// (equalshares.net, general additive utilities) voter by voter in exact fractions: a project is
/// affordable at price rho when sum over its supporters of min(budget, rho × points) equals its cost;
/// the lowest rho wins, ties the ordinally first id. rho is found differently from the engine: for
/// every k, suppose the k supporters with the least budget per point pay everything and solve for
/// rho; the smallest consistent rho is the price. Checks every payment as it goes.
/// </summary>
public static class NaivePointsEqualShares
{
    public static List<string> Run(Election election, decimal total, int divisor)
    {
        var budgets = election.Voters.ToDictionary(v => v.Id, _ => Rational.Divide(Rational.From(total), divisor));
        var points = election.Projects.ToDictionary(
            p => p.Id,
            p => election.Voters
                .Select(v => (v.Id, Points: v.Projects.Zip(v.Points!).Where(x => x.First == p.Id).Select(x => x.Second).FirstOrDefault()))
                .Where(x => x.Points > 0)
                .ToList());
        var remaining = election.Projects
            .Where(p => p.Cost > 0 && points[p.Id].Count > 0)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var winners = new List<string>();
        while (true)
        {
            Project? best = null;
            Rational bestRho = default;
            foreach (var project in remaining)
            {
                var rho = Price(project, points[project.Id], budgets);
                if (rho is { } r && (best is null || Rational.Compare(r, bestRho) == Order.Less))
                {
                    (best, bestRho) = (project, r);
                }
            }
            if (best is null)
            {
                return winners;
            }
            winners.Add(best.Id);
            remaining.Remove(best);
            var collected = Rational.Zero;
            foreach (var (voter, p) in points[best.Id])
            {
                var due = Rational.Multiply(bestRho, (long)p);
                var pays = Rational.Compare(budgets[voter], due) == Order.Greater ? due : budgets[voter];
                budgets[voter] = Rational.Subtract(budgets[voter], pays);
                collected = Rational.Add(collected, pays);
            }
            Assert.Equal(Order.Equal, Rational.Compare(collected, Rational.From(best.Cost)));
        }
    }

    private static Rational? Price(Project project, List<(string Id, decimal Points)> supporters, Dictionary<string, Rational> budgets)
    {
        var cost = Rational.From(project.Cost);
        var ratios = supporters
            .Select(s => (s.Id, Weight: (long)s.Points, Ratio: Rational.Divide(budgets[s.Id], (long)s.Points)))
            .ToList();
        ratios.Sort((a, b) => Rational.SortCompare(a.Ratio, b.Ratio));
        Rational? price = null;
        for (var k = 0; k < ratios.Count; k++)
        {
            var paidAll = ratios.Take(k).Aggregate(Rational.Zero, (s, x) => Rational.Add(s, budgets[x.Id]));
            var weight = ratios.Skip(k).Sum(x => x.Weight);
            var rho = Rational.Divide(Rational.Subtract(cost, paidAll), weight);
            var consistent = Rational.Compare(rho, ratios[k].Ratio) != Order.Greater
                && (k == 0 || Rational.Compare(rho, ratios[k - 1].Ratio) != Order.Less);
            if (consistent && (price is null || Rational.Compare(rho, price.Value) == Order.Less))
            {
                price = rho;
            }
        }
        return price;
    }
}

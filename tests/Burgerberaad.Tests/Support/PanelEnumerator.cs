using Google.OrTools.LinearSolver;
using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>
/// The reference answer, computed independently of the engine: enumerate every panel of the given size that meets the
/// quotas, then solve one LP — maximise z subject to Σ_panels λ = 1 and, for every volunteer in some panel,
/// Σ_{panels with i} λ ≥ z. Its optimum is the LEXIMIN minimum.
/// </summary>
public static class PanelEnumerator
{
    public static List<string[]> FeasiblePanels(Categories categories, RespondentPool pool, int size)
    {
        var panels = new List<string[]>();
        var people = pool.Respondents;
        var chosen = new List<Respondent>();

        void Extend(int start)
        {
            if (chosen.Count == size)
            {
                if (categories.Quotas.All(q =>
                    {
                        var count = chosen.Count(r => r.ValueOf(q.Feature) == q.Value);
                        return count >= q.Min && count <= q.Max;
                    }))
                {
                    panels.Add(chosen.Select(r => r.Id).ToArray());
                }
                return;
            }
            for (var i = start; i <= people.Count - (size - chosen.Count); i++)
            {
                chosen.Add(people[i]);
                Extend(i + 1);
                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        Extend(0);
        return panels;
    }

    public static double MaxMinProbability(IReadOnlyList<string[]> panels)
    {
        using var lp = Solver.CreateSolver("GLOP")!;
        var z = lp.MakeNumVar(0, 1, "z");
        var lambda = panels.Select((_, j) => lp.MakeNumVar(0, 1, $"l{j}")).ToArray();
        var total = lp.MakeConstraint(1, 1, "total");
        foreach (var l in lambda)
        {
            total.SetCoefficient(l, 1);
        }
        foreach (var id in panels.SelectMany(p => p).Distinct())
        {
            var row = lp.MakeConstraint(0, double.PositiveInfinity, id);
            row.SetCoefficient(z, -1);
            for (var j = 0; j < panels.Count; j++)
            {
                if (panels[j].Contains(id))
                {
                    row.SetCoefficient(lambda[j], 1);
                }
            }
        }
        lp.Objective().SetCoefficient(z, 1);
        lp.Objective().SetMaximization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, lp.Solve());
        return z.SolutionValue();
    }
}

using System.Globalization;
using System.Text;
using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// Explains infeasible quotas: a deletion filter over the quota bounds finds a smallest conflicting set, and a
/// relaxation integer program (slack on every bound, minimise the total slack) finds the nearest quotas that can be met.
/// </summary>
internal static class QuotaConflictAnalyzer
{
    public static QuotaConflict Analyze(SelectionProblem problem)
    {
        var min = problem.Min.ToArray();
        var max = problem.Max.ToArray();
        var candidates = new List<(int Quota, bool IsMin)>();
        for (var q = 0; q < min.Length; q++)
        {
            if (min[q] > 0)
            {
                candidates.Add((q, true));
            }
            if (max[q] < problem.Size)
            {
                candidates.Add((q, false));
            }
        }
        var conflict = new List<QuotaBound>();
        foreach (var (q, isMin) in candidates)
        {
            if (isMin)
            {
                min[q] = 0;
            }
            else
            {
                max[q] = problem.Size;
            }
            if (Feasible(problem, min, max))
            {
                // Needed for the conflict: put it back.
                if (isMin)
                {
                    min[q] = problem.Min[q];
                }
                else
                {
                    max[q] = problem.Max[q];
                }
                conflict.Add(new QuotaBound(problem.Categories.Quotas[q], isMin, problem.Available(q)));
            }
        }
        return new QuotaConflict(problem.Size, conflict, NearestRelaxation(problem));
    }

    private static bool Feasible(SelectionProblem problem, int[] min, int[] max)
    {
        using var model = new CompositionModel(problem, min, max);
        return model.IsFeasible();
    }

    private static IReadOnlyList<QuotaChange> NearestRelaxation(SelectionProblem problem)
    {
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("OR-Tools SCIP is niet beschikbaar.");
        var seats = Enumerable.Range(0, problem.TypeCount)
            .Select(t => solver.MakeIntVar(0, Math.Min(problem.TypeSizes[t], problem.Size), $"seats{t}"))
            .ToArray();
        var size = solver.MakeConstraint(problem.Size, problem.Size, "size");
        foreach (var seat in seats)
        {
            size.SetCoefficient(seat, 1);
        }
        var objective = solver.Objective();
        objective.SetMinimization();
        var lower = new Variable[problem.QuotaTypes.Length];
        var upper = new Variable[problem.QuotaTypes.Length];
        for (var q = 0; q < problem.QuotaTypes.Length; q++)
        {
            lower[q] = solver.MakeIntVar(0, problem.Min[q], $"down{q}");
            upper[q] = solver.MakeIntVar(0, problem.Size, $"up{q}");
            objective.SetCoefficient(lower[q], 1);
            objective.SetCoefficient(upper[q], 1);
            var atLeast = solver.MakeConstraint(problem.Min[q], double.PositiveInfinity, $"min{q}");
            var atMost = solver.MakeConstraint(double.NegativeInfinity, problem.Max[q], $"max{q}");
            atLeast.SetCoefficient(lower[q], 1);
            atMost.SetCoefficient(upper[q], -1);
            foreach (var t in problem.QuotaTypes[q])
            {
                atLeast.SetCoefficient(seats[t], 1);
                atMost.SetCoefficient(seats[t], 1);
            }
        }
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            return [];
        }
        var changes = new List<QuotaChange>();
        for (var q = 0; q < lower.Length; q++)
        {
            var down = (int)Math.Round(lower[q].SolutionValue());
            var up = (int)Math.Round(upper[q].SolutionValue());
            if (down > 0 || up > 0)
            {
                var quota = problem.Categories.Quotas[q];
                changes.Add(new QuotaChange(quota, quota.Min - down, quota.Max + up));
            }
        }
        return changes;
    }

    /// <summary>The message of diagnostic BB0202: what conflicts, why, and the nearest quotas that can be met.</summary>
    public static string Describe(QuotaConflict conflict)
    {
        var k = conflict.PanelSize.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("geen enkel panel van ").Append(k).Append(" haalt alle quota tegelijk. ");
        if (conflict.Bounds.Count > 0)
        {
            sb.Append("Deze quota zijn samen niet haalbaar: ")
                .Append(string.Join("; ", conflict.Bounds.Select(b => b.ToString())))
                .Append('.');
            foreach (var hint in Hints(conflict))
            {
                sb.Append(' ').Append(hint);
            }
        }
        if (conflict.Relaxation.Count > 0)
        {
            sb.Append(" Dichtstbijzijnde haalbare quota (")
                .Append(conflict.TotalChange.ToString(CultureInfo.InvariantCulture))
                .Append(conflict.TotalChange == 1 ? " plaats" : " plaatsen")
                .Append(" verschoven): ")
                .Append(string.Join("; ", conflict.Relaxation.Select(c => c.ToString())))
                .Append('.');
        }
        return sb.ToString();
    }

    private static IEnumerable<string> Hints(QuotaConflict conflict)
    {
        foreach (var bound in conflict.Bounds.Where(b => b.IsMin && b.Quota.Min > b.Available))
        {
            yield return $"Er zijn maar {bound.Available} vrijwilligers met {bound.Quota.Name}, minder dan het minimum {bound.Quota.Min}.";
        }
        var features = conflict.Bounds.Select(b => b.Quota.Feature).Distinct().ToList();
        if (features.Count == 1 && conflict.Bounds.Count > 1)
        {
            if (conflict.Bounds.All(b => b.IsMin))
            {
                yield return $"De minima van '{features[0]}' tellen op tot {conflict.Bounds.Sum(b => b.Quota.Min)}, meer dan de panelgrootte {conflict.PanelSize}.";
            }
            else if (conflict.Bounds.All(b => !b.IsMin))
            {
                yield return $"De maxima van '{features[0]}' (met de beschikbare vrijwilligers) laten te weinig plaatsen over voor een panel van {conflict.PanelSize}.";
            }
        }
    }
}

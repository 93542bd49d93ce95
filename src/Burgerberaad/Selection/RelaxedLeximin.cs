using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// LEXIMIN over the LP relaxation of the compositions: seats per type as real numbers in [0, |t|] with the panel
/// size and every quota range (one small LP per level, no column generation). Every lottery over integer
/// compositions has its expected seats in this polytope, so the relaxed LEXIMIN vector is lexicographically at least
/// the true one; when a lottery over integer compositions reaches it exactly (<see cref="LeximinSolver"/> checks
/// that by column generation), it is the true LEXIMIN (see the proof there).
/// </summary>
internal static class RelaxedLeximin
{
    private const double FixTolerance = 1e-7;

    /// <summary>Per type the relaxed LEXIMIN probability (0 for types not <paramref name="selectable"/>); null when GLOP fails.</summary>
    public static double[]? Solve(SelectionProblem problem, bool[] selectable, out int levels)
    {
        levels = 0;
        var types = problem.TypeCount;
        var fixedAt = new double?[types];
        while (Enumerable.Range(0, types).Any(t => selectable[t] && fixedAt[t] is null))
        {
            levels++;
            if (!Level(problem, selectable, fixedAt))
            {
                return null;
            }
        }
        return Enumerable.Range(0, types).Select(t => fixedAt[t] ?? 0).ToArray();
    }

    /// <summary>One level: maximise the smallest unfixed probability z; fix the unfixed types with dual weight at z.</summary>
    private static bool Level(SelectionProblem problem, bool[] selectable, double?[] fixedAt)
    {
        var types = problem.TypeCount;
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is niet beschikbaar.");
        var seats = new Variable[types];
        for (var t = 0; t < types; t++)
        {
            seats[t] = lp.MakeNumVar(0, selectable[t] ? Math.Min(problem.TypeSizes[t], problem.Size) : 0, $"x{t}");
        }
        var size = lp.MakeConstraint(problem.Size, problem.Size, "size");
        foreach (var x in seats)
        {
            size.SetCoefficient(x, 1);
        }
        for (var q = 0; q < problem.QuotaTypes.Length; q++)
        {
            var quota = lp.MakeConstraint(problem.Min[q], problem.Max[q], $"q{q}");
            foreach (var t in problem.QuotaTypes[q])
            {
                quota.SetCoefficient(seats[t], 1);
            }
        }
        var z = lp.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "z");
        var rows = new Constraint?[types];
        for (var t = 0; t < types; t++)
        {
            if (!selectable[t])
            {
                continue;
            }
            if (fixedAt[t] is { } f)
            {
                var row = lp.MakeConstraint(f, double.PositiveInfinity, $"p{t}");
                row.SetCoefficient(seats[t], 1.0 / problem.TypeSizes[t]);
            }
            else
            {
                rows[t] = lp.MakeConstraint(0, double.PositiveInfinity, $"p{t}");
                rows[t]!.SetCoefficient(seats[t], 1.0 / problem.TypeSizes[t]);
                rows[t]!.SetCoefficient(z, -1);
            }
        }
        lp.Objective().SetCoefficient(z, 1);
        lp.Objective().SetMaximization();
        if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            return false;
        }
        var value = z.SolutionValue();
        var duals = rows.Select(r => r?.DualValue() ?? 0).ToArray();
        // Σ y over the unfixed rows is 1 (the column of z); the sign convention follows from it.
        var sign = duals.Sum() < 0 ? -1.0 : 1.0;
        var best = -1;
        var fixedAny = false;
        for (var t = 0; t < types; t++)
        {
            if (rows[t] is null)
            {
                continue;
            }
            var y = sign * duals[t];
            if (best < 0 || y > sign * duals[best])
            {
                best = t;
            }
            if (y > FixTolerance)
            {
                fixedAt[t] = value;
                fixedAny = true;
            }
        }
        if (!fixedAny)
        {
            fixedAt[best] = value;
        }
        return true;
    }
}

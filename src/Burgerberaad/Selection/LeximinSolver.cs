using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// LEXIMIN by column generation (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 2021), over volunteer types.
/// <para>
/// Level by level: maximise the smallest selection probability z of the types not yet fixed, keeping every fixed
/// type at or above its fixed value. The master problem is the dual of that LP over the compositions found so far
/// (weights y ≥ 0 on types, Σ y over unfixed types = 1; per composition c: Σ y_t·c_t/|t| ≤ μ; minimise
/// μ − Σ fixed_t·y_t), solved with GLOP. Pricing solves the composition integer program for the composition with
/// the largest Σ y_t·c_t/|t|; if it beats μ it becomes a new column, else the level is optimal and every unfixed type
/// with y_t &gt; 0 is fixed at z (complementary slackness: those types sit at z in every optimal distribution).
/// Finally one primal LP over all columns gives the distribution.
/// </para>
/// </summary>
internal sealed class LeximinSolver
{
    private const double ImprovementTolerance = 1e-9;
    private const double FixTolerance = 1e-7;

    private readonly SelectionProblem _problem;
    private readonly List<int[]> _columns = [];
    private readonly HashSet<string> _columnKeys = new(StringComparer.Ordinal);

    public LeximinSolver(SelectionProblem problem) => _problem = problem;

    public int Levels { get; private set; }

    public int PricingRounds { get; private set; }

    /// <summary>Null when no composition meets the quotas.</summary>
    public (double[] TypeProbabilities, List<(int[] Seats, double Probability)> Distribution)? Solve()
    {
        var selectable = Cover();
        if (selectable is null)
        {
            return null;
        }
        var types = _problem.TypeCount;
        var fixedAt = new double?[types];
        using var pricing = new CompositionModel(_problem);
        while (Enumerable.Range(0, types).Any(t => selectable[t] && fixedAt[t] is null))
        {
            Levels++;
            RunLevel(pricing, selectable, fixedAt);
        }
        return FinalDistribution(selectable, fixedAt);
    }

    /// <summary>Initial columns: compositions that together give every selectable type a seat. Null = infeasible.</summary>
    private bool[]? Cover()
    {
        var covered = new bool[_problem.TypeCount];
        using var model = new CompositionModel(_problem, covering: true);
        while (true)
        {
            var seats = model.MaximizeCovered(covered);
            if (seats is null)
            {
                return _columns.Count == 0 ? null : covered;
            }
            var gain = 0;
            for (var t = 0; t < seats.Length; t++)
            {
                if (seats[t] > 0 && !covered[t])
                {
                    covered[t] = true;
                    gain++;
                }
            }
            if (gain == 0)
            {
                return covered;
            }
            AddColumn(seats);
        }
    }

    /// <summary>Adds a composition unless it is already a column.</summary>
    private bool AddColumn(int[] seats)
    {
        if (!_columnKeys.Add(string.Join(',', seats)))
        {
            return false;
        }
        _columns.Add(seats);
        return true;
    }

    private void RunLevel(CompositionModel pricing, bool[] selectable, double?[] fixedAt)
    {
        var types = _problem.TypeCount;
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is niet beschikbaar.");
        var weight = new Variable?[types];
        var mu = lp.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "mu");
        var objective = lp.Objective();
        objective.SetMinimization();
        objective.SetCoefficient(mu, 1);
        var sumUnfixed = lp.MakeConstraint(1, 1, "unfixed");
        for (var t = 0; t < types; t++)
        {
            if (!selectable[t])
            {
                continue;
            }
            weight[t] = lp.MakeNumVar(0, double.PositiveInfinity, $"y{t}");
            if (fixedAt[t] is { } f)
            {
                objective.SetCoefficient(weight[t], -f);
            }
            else
            {
                sumUnfixed.SetCoefficient(weight[t], 1);
            }
        }
        void AddRow(int[] seats)
        {
            var row = lp.MakeConstraint(double.NegativeInfinity, 0, "");
            row.SetCoefficient(mu, -1);
            for (var t = 0; t < seats.Length; t++)
            {
                if (seats[t] > 0)
                {
                    row.SetCoefficient(weight[t]!, (double)seats[t] / _problem.TypeSizes[t]);
                }
            }
        }
        foreach (var column in _columns)
        {
            AddRow(column);
        }

        var prices = new double[types];
        while (true)
        {
            var status = lp.Solve();
            if (status != Solver.ResultStatus.OPTIMAL)
            {
                throw new SelectionFailedException($"GLOP stopte zonder optimale oplossing ({status}).");
            }
            for (var t = 0; t < types; t++)
            {
                prices[t] = weight[t] is { } w ? Math.Max(0, w.SolutionValue()) / _problem.TypeSizes[t] : 0;
            }
            PricingRounds++;
            var seats = pricing.Maximize(prices) ?? throw new SelectionFailedException("de quota werden onhaalbaar tijdens de berekening.");
            var value = 0.0;
            for (var t = 0; t < types; t++)
            {
                value += prices[t] * seats[t];
            }
            if (value <= mu.SolutionValue() + ImprovementTolerance || !AddColumn(seats))
            {
                break;
            }
            AddRow(seats);
        }

        var z = objective.Value();
        var fixedAny = false;
        var best = -1;
        for (var t = 0; t < types; t++)
        {
            if (weight[t] is not { } w || fixedAt[t] is not null)
            {
                continue;
            }
            var y = w.SolutionValue();
            if (best < 0 || y > weight[best]!.SolutionValue())
            {
                best = t;
            }
            if (y > FixTolerance)
            {
                fixedAt[t] = z;
                fixedAny = true;
            }
        }
        if (!fixedAny)
        {
            fixedAt[best] = z;
        }
    }

    private (double[], List<(int[], double)>) FinalDistribution(bool[] selectable, double?[] fixedAt)
    {
        var types = _problem.TypeCount;
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is niet beschikbaar.");
        var lambda = _columns.Select((_, j) => lp.MakeNumVar(0, 1, $"l{j}")).ToArray();
        var slack = lp.MakeNumVar(double.NegativeInfinity, 1, "eps");
        var total = lp.MakeConstraint(1, 1, "total");
        foreach (var l in lambda)
        {
            total.SetCoefficient(l, 1);
        }
        for (var t = 0; t < types; t++)
        {
            if (!selectable[t])
            {
                continue;
            }
            var row = lp.MakeConstraint(fixedAt[t]!.Value, double.PositiveInfinity, $"p{t}");
            row.SetCoefficient(slack, -1);
            for (var j = 0; j < _columns.Count; j++)
            {
                if (_columns[j][t] > 0)
                {
                    row.SetCoefficient(lambda[j], (double)_columns[j][t] / _problem.TypeSizes[t]);
                }
            }
        }
        lp.Objective().SetCoefficient(slack, 1);
        lp.Objective().SetMaximization();
        var status = lp.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new SelectionFailedException($"GLOP vond geen eindverdeling ({status}).");
        }
        var weights = lambda.Select(l => Math.Max(0, l.SolutionValue())).Select(v => v < 1e-12 ? 0 : v).ToArray();
        var sum = weights.Sum();
        var distribution = new List<(int[], double)>();
        var probabilities = new double[types];
        for (var j = 0; j < _columns.Count; j++)
        {
            if (weights[j] == 0)
            {
                continue;
            }
            var p = weights[j] / sum;
            distribution.Add((_columns[j], p));
            for (var t = 0; t < types; t++)
            {
                probabilities[t] += p * _columns[j][t] / _problem.TypeSizes[t];
            }
        }
        return (probabilities, distribution);
    }
}

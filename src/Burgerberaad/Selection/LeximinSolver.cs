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
    private const int HeuristicStarts = 32;

    private readonly SelectionProblem _problem;
    private readonly List<int[]> _columns = [];
    private readonly HashSet<string> _columnKeys = new(StringComparer.Ordinal);
    private readonly List<int> _support = [];

    public LeximinSolver(SelectionProblem problem) => _problem = problem;

    private readonly System.Diagnostics.Stopwatch _coverWatch = new();
    private readonly System.Diagnostics.Stopwatch _heuristicWatch = new();
    private readonly System.Diagnostics.Stopwatch _masterWatch = new();
    private readonly System.Diagnostics.Stopwatch _pricingWatch = new();

    private int Levels { get; set; }

    private int PricingRounds { get; set; }

    public SolverStatistics Statistics =>
        new(Levels, PricingRounds, _columns.Count, _coverWatch.Elapsed, _masterWatch.Elapsed, _heuristicWatch.Elapsed, _pricingWatch.Elapsed);

    /// <summary>Null when no composition meets the quotas.</summary>
    public (double[] TypeProbabilities, List<(int[] Seats, double Probability)> Distribution)? Solve()
    {
        _coverWatch.Start();
        var selectable = Cover();
        _coverWatch.Stop();
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

    /// <summary>
    /// Improving columns found by local search from the best current columns (at most <see cref="HeuristicStarts"/>
    /// starts); each is added to the column set. Empty when the heuristic finds nothing above <paramref name="bound"/>.
    /// </summary>
    private List<int[]> HeuristicColumns(LocalSearchPricer heuristic, double[] prices, double bound)
    {
        _heuristicWatch.Start();
        var byPrice = Enumerable.Range(0, prices.Length).Where(t => prices[t] > 0).OrderByDescending(t => prices[t]).ToArray();
        var starts = _columns
            .Select(c => (Seats: c, Value: LocalSearchPricer.Value(c, prices)))
            .OrderByDescending(c => c.Value)
            .Take(HeuristicStarts)
            .ToList();
        var found = new List<int[]>();
        foreach (var (start, _) in starts)
        {
            var (seats, value) = heuristic.Improve(start, prices, byPrice);
            if (value > bound && AddColumn(seats))
            {
                found.Add(seats);
            }
        }
        _heuristicWatch.Stop();
        return found;
    }

    /// <summary>
    /// One LEXIMIN level: master LP over every column found so far, then pricing (local search first, the integer
    /// program when that finds nothing) until no composition improves the level; then fix the types with weight.
    /// </summary>
    private void RunLevel(CompositionModel pricing, bool[] selectable, double?[] fixedAt)
    {
        var heuristic = new LocalSearchPricer(_problem);
        var types = _problem.TypeCount;
        using var master = new MasterLp(_problem, selectable, fixedAt, _columns, Enumerable.Range(0, _columns.Count));
        var prices = new double[types];
        while (true)
        {
            _masterWatch.Start();
            master.Solve();
            _masterWatch.Stop();
            for (var t = 0; t < types; t++)
            {
                prices[t] = master.Weight(t) / _problem.TypeSizes[t];
            }
            PricingRounds++;
            var bound = master.Mu + ImprovementTolerance;
            var improving = HeuristicColumns(heuristic, prices, bound);
            if (improving.Count == 0)
            {
                _pricingWatch.Start();
                var found = pricing.Maximize(prices);
                _pricingWatch.Stop();
                var seats = found ?? throw new SelectionFailedException("de quota werden onhaalbaar tijdens de berekening.");
                if (LocalSearchPricer.Value(seats, prices) > bound && AddColumn(seats))
                {
                    improving.Add(seats);
                }
            }
            if (improving.Count == 0)
            {
                break;
            }
            // The improving columns are the last ones added to _columns.
            for (var j = _columns.Count - improving.Count; j < _columns.Count; j++)
            {
                master.Add(j);
            }
        }

        var z = master.Value;
        _support.Clear();
        _support.AddRange(master.ColumnsInUse());
        var fixedAny = false;
        var best = -1;
        for (var t = 0; t < types; t++)
        {
            if (!selectable[t] || fixedAt[t] is not null)
            {
                continue;
            }
            var y = master.Weight(t);
            if (best < 0 || y > master.Weight(best))
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
        // The last level's columns in use already meet every fixed probability; all columns when there are none.
        var columns = (_support.Count > 0 ? _support.Select(j => _columns[j]) : _columns).ToList();
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is niet beschikbaar.");
        var lambda = columns.Select((_, j) => lp.MakeNumVar(0, 1, $"l{j}")).ToArray();
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
            for (var j = 0; j < columns.Count; j++)
            {
                if (columns[j][t] > 0)
                {
                    row.SetCoefficient(lambda[j], (double)columns[j][t] / _problem.TypeSizes[t]);
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
        for (var j = 0; j < columns.Count; j++)
        {
            if (weights[j] == 0)
            {
                continue;
            }
            var p = weights[j] / sum;
            distribution.Add((columns[j], p));
            for (var t = 0; t < types; t++)
            {
                probabilities[t] += p * columns[j][t] / _problem.TypeSizes[t];
            }
        }
        return (probabilities, distribution);
    }
}

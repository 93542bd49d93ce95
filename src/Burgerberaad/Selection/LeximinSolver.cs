using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// LEXIMIN by column generation (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 2021), over volunteer types.
/// <para>
/// Level by level: maximise the smallest selection probability z of the types not yet fixed, keeping every fixed
/// type at or above its fixed value. The master problem is that LP over the compositions found so far (one
/// probability per composition, <see cref="PrimalMasterLp"/>), solved with GLOP, which continues from its last basis
/// when compositions are added. Its dual values are weights y ≥ 0 on the types (Σ y over unfixed types = 1) and a
/// bound μ. Pricing looks for the composition with the largest Σ y_t·c_t/|t|; if it beats μ it becomes a new
/// column, else the level is optimal and every unfixed type with y_t &gt; 0 is fixed at z (complementary slackness:
/// those types sit at z in every optimal distribution). Finally one LP over the last level's columns in use gives
/// the distribution.
/// </para>
/// <para>
/// Before the levels it tries a shortcut (<see cref="ReachRelaxedLeximin"/>): the LEXIMIN of the LP relaxation, and
/// one column generation to reach it with a lottery. When reached that is the exact answer (proof there); when the
/// pricing program proves it unreachable, the levels run as described above.
/// </para>
/// </summary>
internal sealed class LeximinSolver
{
    private const double ImprovementTolerance = 1e-9;
    private const double FixTolerance = 1e-7;
    private const double DecompositionTolerance = 1e-9;
    private const int DecompositionCapFactor = 4;
    private const int HeuristicStarts = 32;

    private readonly SelectionProblem _problem;
    private readonly List<int[]> _columns = [];
    private readonly HashSet<string> _columnKeys = new(StringComparer.Ordinal);
    private readonly List<int> _support = [];
    private double[]? _lastPrices;

    private readonly LeximinOptions _options;
    private readonly TimeProvider _clock;
    private readonly DateTimeOffset? _deadline;

    public LeximinSolver(SelectionProblem problem, LeximinOptions? options = null, TimeProvider? clock = null)
    {
        _problem = problem;
        _options = options ?? new LeximinOptions();
        _clock = clock ?? TimeProvider.System;
        _deadline = _options.TimeLimit is { } limit ? _clock.GetUtcNow() + limit : null;
    }

    /// <summary>Whether the time limit stopped the computation before the exact LEXIMIN was proven.</summary>
    public bool TimedOut { get; private set; }

    /// <summary>How often a level's master LP was rebuilt over fewer columns.</summary>
    private int Shrinks { get; set; }

    private readonly System.Diagnostics.Stopwatch _coverWatch = new();
    private readonly System.Diagnostics.Stopwatch _heuristicWatch = new();
    private readonly System.Diagnostics.Stopwatch _masterWatch = new();
    private readonly System.Diagnostics.Stopwatch _pricingWatch = new();

    private readonly System.Diagnostics.Stopwatch _relaxedWatch = new();

    /// <summary>Null: not tried; true: the relaxed LEXIMIN was reached (and is the answer); false: it was not.</summary>
    private bool? RelaxationTight { get; set; }

    private int Levels { get; set; }

    private int PricingRounds { get; set; }

    public SolverStatistics Statistics =>
        new(Levels, PricingRounds, _columns.Count, _coverWatch.Elapsed, _masterWatch.Elapsed, _heuristicWatch.Elapsed, _pricingWatch.Elapsed)
        {
            MasterRebuilds = Shrinks,
            RelaxationTight = RelaxationTight,
            RelaxationTime = _relaxedWatch.Elapsed,
            TimedOut = TimedOut,
        };

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
        if (_options.RelaxationFirst && ReachRelaxedLeximin(pricing, selectable, fixedAt))
        {
            return FinalDistribution(selectable, fixedAt);
        }
        while (!TimedOut && Enumerable.Range(0, types).Any(t => selectable[t] && fixedAt[t] is null))
        {
            Levels++;
            RunLevel(pricing, selectable, fixedAt);
        }
        return FinalDistribution(selectable, fixedAt);
    }

    /// <summary>
    /// The shortcut: compute the LEXIMIN of the LP relaxation (<see cref="RelaxedLeximin"/>, a few small LPs) and
    /// try to reach it exactly with a lottery over integer compositions, by column generation on
    /// <see cref="DecompositionMasterLp"/>. True (and every selectable type fixed at its target) when reached.
    /// <para>
    /// Why that is the exact LEXIMIN: let Q be the relaxation polytope (real seats per type within 0…|t|, panel size,
    /// quota ranges) and X the integer compositions, X ⊂ Q. A lottery's expected seats lie in conv(X) ⊆ Q, so the
    /// probability vectors reachable by lotteries are a subset of those reachable in Q. The relaxed LEXIMIN vector
    /// p* is lexicographically (sorted ascending) at least every vector of Q, so at least every lottery's. If a
    /// lottery reaches p* (every type at least p*_t; as Σ_t |t|·p_t is the panel size for every point of Q, "at least"
    /// is "exactly"), then no lottery does better and p* is the LEXIMIN (which is unique, as the maximum of the
    /// lexicographic order over a convex set). When the exact pricing program proves that no lottery reaches p*
    /// (shortfall s &gt; 0 at the optimum), the relaxation is not tight and the solver goes on level by level; the
    /// compositions found here stay in the pool as columns.
    /// </para>
    /// </summary>
    private bool ReachRelaxedLeximin(CompositionModel pricing, bool[] selectable, double?[] fixedAt)
    {
        _relaxedWatch.Start();
        var target = RelaxedLeximin.Solve(_problem, selectable, out var levels);
        _relaxedWatch.Stop();
        if (target is null)
        {
            return false;
        }
        var heuristic = new LocalSearchPricer(_problem);
        var active = new HashSet<int>(Enumerable.Range(0, _columns.Count));
        // Four times a level's cap: dropping columns here cost more rounds than the smaller LP saved (2,000
        // volunteers: 149 rounds and 50 s without a rebuild, 311 rounds and 70–90 s with the level's cap of 1,500).
        var cap = Math.Max(DecompositionCapFactor * _options.MaxActiveColumns, 2 * active.Count);
        var master = new DecompositionMasterLp(_problem, target, _columns, active.Order());
        try
        {
            return Decompose(master, pricing, heuristic, target, active, cap, selectable, fixedAt, levels);
        }
        finally
        {
            // Decompose may have replaced the master by a smaller one; it disposes the ones it replaces.
            _decomposition?.Dispose();
            _decomposition = null;
        }
    }

    private DecompositionMasterLp? _decomposition;

    private bool Decompose(
        DecompositionMasterLp master, CompositionModel pricing, LocalSearchPricer heuristic, double[] target,
        HashSet<int> active, int cap, bool[] selectable, double?[] fixedAt, int levels)
    {
        _decomposition = master;
        var prices = new double[_problem.TypeCount];
        while (true)
        {
            _masterWatch.Start();
            master.Solve();
            _masterWatch.Stop();
            PricingRounds++;
            if (master.Shortfall <= DecompositionTolerance)
            {
                break;
            }
            if (_deadline is { } deadline && _clock.GetUtcNow() >= deadline)
            {
                return false;
            }
            for (var t = 0; t < prices.Length; t++)
            {
                prices[t] = master.Weight(t) / _problem.TypeSizes[t];
            }
            var bound = master.Bound + ImprovementTolerance;
            var improving = new List<int>();
            PoolColumns(active, prices, bound, improving);
            if (improving.Count == 0)
            {
                improving.AddRange(HeuristicColumns(heuristic, prices, prices, bound));
            }
            if (improving.Count == 0)
            {
                _pricingWatch.Start();
                var seats = pricing.Maximize(prices) ?? throw new SelectionFailedException("de quota werden onhaalbaar tijdens de berekening.");
                _pricingWatch.Stop();
                if (LocalSearchPricer.Value(seats, prices) > bound && AddColumn(seats))
                {
                    improving.Add(_columns.Count - 1);
                }
            }
            if (improving.Count == 0)
            {
                // Proven: no lottery reaches the relaxed LEXIMIN.
                RelaxationTight = false;
                return false;
            }
            if (active.Count + improving.Count > cap)
            {
                // As in a level (Shrink): a new LP over the columns in use and those closest to entering; the others
                // stay in the pool and come back through PoolColumns. The cap grows at every rebuild, so this ends.
                var keep = new HashSet<int>(master.ColumnsInUse());
                foreach (var j in active.Where(j => !keep.Contains(j))
                             .OrderByDescending(j => LocalSearchPricer.Value(_columns[j], prices))
                             .Take(Math.Max(0, cap / 2 - keep.Count)))
                {
                    keep.Add(j);
                }
                master.Dispose();
                active.Clear();
                active.UnionWith(keep);
                Shrinks++;
                master = new DecompositionMasterLp(_problem, target, _columns, active.Order());
                _decomposition = master;
                cap += cap / 2;
            }
            foreach (var j in improving)
            {
                if (active.Add(j))
                {
                    master.Add(j);
                }
            }
        }
        for (var t = 0; t < target.Length; t++)
        {
            if (selectable[t])
            {
                fixedAt[t] = target[t];
            }
        }
        _support.Clear();
        _support.AddRange(master.ColumnsInUse());
        Levels += levels;
        RelaxationTight = true;
        return true;
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
    /// Improving columns found by local search at <paramref name="searchPrices"/> from the best current columns (at
    /// most <see cref="HeuristicStarts"/> starts); those worth more than <paramref name="bound"/> at
    /// <paramref name="prices"/> are added to the column set and their indices returned.
    /// </summary>
    private List<int> HeuristicColumns(LocalSearchPricer heuristic, double[] searchPrices, double[] prices, double bound)
    {
        _heuristicWatch.Start();
        var byPrice = Enumerable.Range(0, searchPrices.Length).Where(t => searchPrices[t] > 0).OrderByDescending(t => searchPrices[t]).ToArray();
        var starts = _columns
            .Select(c => (Seats: c, Value: LocalSearchPricer.Value(c, searchPrices)))
            .OrderByDescending(c => c.Value)
            .Take(HeuristicStarts)
            .ToList();
        var found = new List<int>();
        foreach (var (start, _) in starts)
        {
            var (seats, _) = heuristic.Improve(start, searchPrices, byPrice);
            if (LocalSearchPricer.Value(seats, prices) > bound && AddColumn(seats))
            {
                found.Add(_columns.Count - 1);
            }
        }
        _heuristicWatch.Stop();
        return found;
    }

    /// <summary>
    /// One LEXIMIN level: column generation on the primal master LP until no composition improves the level; then
    /// fix the types with weight. Pricing is stabilised (Wentges smoothing): it prices at a point between the best
    /// dual point found so far (the stability centre, by the exact pricing bound) and the LP's current duals, which
    /// keeps the duals from jumping and cuts the long tail of rounds. The level still ends only when the exact integer
    /// program at the LP's own duals finds no improving composition, so the answer is exact.
    /// </summary>
    private void RunLevel(CompositionModel pricing, bool[] selectable, double?[] fixedAt)
    {
        var heuristic = new LocalSearchPricer(_problem);
        var types = _problem.TypeCount;
        var active = StartColumns();
        var cap = Math.Max(_options.MaxActiveColumns, 2 * active.Count);
        var master = new PrimalMasterLp(_problem, selectable, fixedAt, _columns, active.Order());
        try
        {
            var pricesOut = new double[types];
            var pricesSep = new double[types];
            double[]? centre = null;
            var centreBound = double.PositiveInfinity;
            while (true)
            {
                _masterWatch.Start();
                master.Solve();
                _masterWatch.Stop();
                PricingRounds++;
                if (_deadline is { } deadline && _clock.GetUtcNow() >= deadline)
                {
                    // Out of time: the LP's solution is a valid lottery; the level stops at its value.
                    TimedOut = true;
                    break;
                }
                var weightsOut = new double[types];
                for (var t = 0; t < types; t++)
                {
                    weightsOut[t] = master.Weight(t);
                    pricesOut[t] = weightsOut[t] / _problem.TypeSizes[t];
                }
                var bound = master.Mu + ImprovementTolerance;
                var improving = new List<int>();

                // Columns already in the pool but not in the LP (dropped earlier) that improve it now.
                PoolColumns(active, pricesOut, bound, improving);

                // The first round prices exactly at the LP's duals: its bound is the first stability centre.
                if (centre is null && _options.Smoothing > 0)
                {
                    var (seats, outBound) = Exact(pricing, pricesOut, fixedAt);
                    centreBound = outBound;
                    centre = weightsOut;
                    if (LocalSearchPricer.Value(seats, pricesOut) > bound && AddColumn(seats))
                    {
                        improving.Add(_columns.Count - 1);
                    }
                    improving.AddRange(HeuristicColumns(heuristic, pricesOut, pricesOut, bound));
                }
                // Stabilised pricing: heuristic and exact integer program at the smoothed point.
                var smoothing = centre is null ? 0 : _options.Smoothing;
                for (var t = 0; t < types; t++)
                {
                    pricesSep[t] = smoothing == 0 ? pricesOut[t] : (smoothing * centre![t] + (1 - smoothing) * weightsOut[t]) / _problem.TypeSizes[t];
                }
                if (improving.Count == 0 && smoothing > 0)
                {
                    improving.AddRange(HeuristicColumns(heuristic, pricesSep, pricesOut, bound));
                    var (seats, sepBound) = Exact(pricing, pricesSep, fixedAt);
                    if (sepBound < centreBound)
                    {
                        centreBound = sepBound;
                        centre = pricesSep.Select((p, t) => p * _problem.TypeSizes[t]).ToArray();
                    }
                    if (LocalSearchPricer.Value(seats, pricesOut) > bound && AddColumn(seats))
                    {
                        improving.Add(_columns.Count - 1);
                    }
                }
                // Nothing at the smoothed point (or no centre yet): price at the LP's own duals, as without smoothing.
                if (improving.Count == 0)
                {
                    improving.AddRange(HeuristicColumns(heuristic, pricesOut, pricesOut, bound));
                }
                if (improving.Count == 0)
                {
                    var (seats, outBound) = Exact(pricing, pricesOut, fixedAt);
                    if (outBound < centreBound)
                    {
                        centreBound = outBound;
                        centre = weightsOut;
                    }
                    if (LocalSearchPricer.Value(seats, pricesOut) > bound && AddColumn(seats))
                    {
                        improving.Add(_columns.Count - 1);
                    }
                }
                if (improving.Count == 0)
                {
                    break;
                }
                if (active.Count + improving.Count > cap)
                {
                    master = Shrink(master, active, selectable, fixedAt, cap);
                    // Each rebuild of a level raises its cap, so a level rebuilds finitely often and cannot cycle
                    // through dropping and re-adding the same columns.
                    cap = cap + cap / 2;
                }
                foreach (var j in improving)
                {
                    if (active.Add(j))
                    {
                        master.Add(j);
                    }
                }
            }
            FixLevel(master, selectable, fixedAt);
        }
        finally
        {
            master.Dispose();
        }
    }

    /// <summary>
    /// The exact pricing step: the composition with the largest Σ price·seats, and the Lagrangian bound it proves
    /// on the level (that value minus Σ fixed_t·y_t: no distribution over all compositions does better).
    /// </summary>
    private (int[] Seats, double Bound) Exact(CompositionModel pricing, double[] prices, double?[] fixedAt)
    {
        _pricingWatch.Start();
        var found = pricing.Maximize(prices);
        _pricingWatch.Stop();
        var seats = found ?? throw new SelectionFailedException("de quota werden onhaalbaar tijdens de berekening.");
        var bound = LocalSearchPricer.Value(seats, prices);
        for (var t = 0; t < prices.Length; t++)
        {
            if (fixedAt[t] is { } f)
            {
                bound -= f * prices[t] * _problem.TypeSizes[t];
            }
        }
        return (seats, bound);
    }

    /// <summary>Pool columns outside the LP that improve it, best first (at most <see cref="HeuristicStarts"/>).</summary>
    private void PoolColumns(HashSet<int> active, double[] prices, double bound, List<int> improving)
    {
        if (active.Count == _columns.Count)
        {
            return;
        }
        var found = new List<(int Column, double Value)>();
        for (var j = 0; j < _columns.Count; j++)
        {
            if (!active.Contains(j))
            {
                var value = LocalSearchPricer.Value(_columns[j], prices);
                if (value > bound)
                {
                    found.Add((j, value));
                }
            }
        }
        improving.AddRange(found.OrderByDescending(f => f.Value).Take(HeuristicStarts).Select(f => f.Column));
    }

    /// <summary>
    /// A new LP over fewer columns: those in the current solution plus the ones closest to entering it (largest
    /// Σ y·seats). The others stay in the pool and come back through <see cref="PoolColumns"/> when they improve
    /// the LP, so the level's optimum is unchanged.
    /// </summary>
    private PrimalMasterLp Shrink(PrimalMasterLp master, HashSet<int> active, bool[] selectable, double?[] fixedAt, int cap)
    {
        var inUse = master.ColumnsInUse();
        var prices = Enumerable.Range(0, _problem.TypeCount).Select(t => master.Weight(t) / _problem.TypeSizes[t]).ToArray();
        var keep = new HashSet<int>(inUse);
        foreach (var j in active.Where(j => !keep.Contains(j))
                     .OrderByDescending(j => LocalSearchPricer.Value(_columns[j], prices))
                     .Take(Math.Max(0, cap / 2 - keep.Count)))
        {
            keep.Add(j);
        }
        master.Dispose();
        active.Clear();
        active.UnionWith(keep);
        Shrinks++;
        return new PrimalMasterLp(_problem, selectable, fixedAt, _columns, active.Order());
    }

    /// <summary>
    /// The columns a level's master LP starts with: all of them while there are few; else the previous level's
    /// columns in use (they meet every fixed probability, so the LP is feasible) plus those closest to entering at the
    /// previous level's duals. A cold start over thousands of columns costs seconds; the rest come back through
    /// <see cref="PoolColumns"/> when they improve the LP.
    /// </summary>
    private HashSet<int> StartColumns()
    {
        var half = _options.MaxActiveColumns / 2;
        if (_columns.Count <= half || _lastPrices is null)
        {
            return new HashSet<int>(Enumerable.Range(0, _columns.Count));
        }
        var start = new HashSet<int>(_support);
        foreach (var j in Enumerable.Range(0, _columns.Count)
                     .Where(j => !start.Contains(j))
                     .OrderByDescending(j => LocalSearchPricer.Value(_columns[j], _lastPrices))
                     .Take(Math.Max(0, half - start.Count)))
        {
            start.Add(j);
        }
        return start;
    }

    /// <summary>Fixes every unfixed type with dual weight at the level's value (at least one: the heaviest).</summary>
    private void FixLevel(PrimalMasterLp master, bool[] selectable, double?[] fixedAt)
    {
        var z = master.Value;
        _lastPrices = Enumerable.Range(0, _problem.TypeCount).Select(t => master.Weight(t) / _problem.TypeSizes[t]).ToArray();
        _support.Clear();
        _support.AddRange(master.ColumnsInUse());
        var fixedAny = false;
        var best = -1;
        for (var t = 0; t < _problem.TypeCount; t++)
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
            if (y > FixTolerance || TimedOut)
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

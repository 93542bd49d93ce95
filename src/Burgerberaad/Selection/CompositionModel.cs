using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// The integer program over panel compositions: one integer per volunteer type (0 … its size), the panel size as
/// an equality and every quota as a range. <see cref="Maximize"/> is the pricing step of the column generation;
/// the covering mode adds a 0/1 "has a seat" variable per type. Solved with SCIP (deterministic, one thread).
/// </summary>
internal sealed class CompositionModel : IDisposable
{
    private readonly Solver _solver;
    private readonly Variable[] _seats;
    private readonly Variable[]? _hasSeat;
    private readonly MPSolverParameters _parameters;
    private readonly int[] _min;
    private readonly int[] _max;

    /// <param name="min">Quota minimums (defaults to the problem's).</param>
    /// <param name="max">Quota maximums (defaults to the problem's).</param>
    /// <param name="covering">Adds the "type has a seat" binaries used by <see cref="MaximizeCovered"/>.</param>
    public CompositionModel(SelectionProblem problem, int[]? min = null, int[]? max = null, bool covering = false)
    {
        Problem = problem;
        _solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("OR-Tools SCIP is niet beschikbaar.");
        _parameters = new MPSolverParameters();
        _parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        _parameters.SetDoubleParam(MPSolverParameters.DoubleParam.PRIMAL_TOLERANCE, 1e-9);
        _min = min ?? problem.Min;
        _max = max ?? problem.Max;
        _seats = new Variable[problem.TypeCount];
        for (var t = 0; t < _seats.Length; t++)
        {
            _seats[t] = _solver.MakeIntVar(0, Math.Min(problem.TypeSizes[t], problem.Size), $"seats{t}");
        }
        var size = _solver.MakeConstraint(problem.Size, problem.Size, "size");
        foreach (var seat in _seats)
        {
            size.SetCoefficient(seat, 1);
        }
        for (var q = 0; q < problem.QuotaTypes.Length; q++)
        {
            var quota = _solver.MakeConstraint(_min[q], _max[q], $"quota{q}");
            foreach (var t in problem.QuotaTypes[q])
            {
                quota.SetCoefficient(_seats[t], 1);
            }
        }
        if (covering)
        {
            _hasSeat = new Variable[problem.TypeCount];
            for (var t = 0; t < _hasSeat.Length; t++)
            {
                _hasSeat[t] = _solver.MakeBoolVar($"has{t}");
                var link = _solver.MakeConstraint(double.NegativeInfinity, 0, $"link{t}");
                link.SetCoefficient(_hasSeat[t], 1);
                link.SetCoefficient(_seats[t], -1);
            }
        }
        _solver.Objective().SetMaximization();
    }

    public SelectionProblem Problem { get; }

    /// <summary>Whether any panel meets the quotas.</summary>
    public bool IsFeasible()
    {
        var objective = _solver.Objective();
        foreach (var seat in _seats)
        {
            objective.SetCoefficient(seat, 0);
        }
        return Solve() is not null;
    }

    /// <summary>A composition maximising Σ weight[t]·seats[t], or null when the quotas cannot be met.</summary>
    public int[]? Maximize(IReadOnlyList<double> weights)
    {
        var objective = _solver.Objective();
        for (var t = 0; t < _seats.Length; t++)
        {
            objective.SetCoefficient(_seats[t], weights[t]);
        }
        return Solve();
    }

    /// <summary>A composition giving a seat to as many types not yet <paramref name="covered"/> as possible.</summary>
    public int[]? MaximizeCovered(IReadOnlyList<bool> covered)
    {
        if (_hasSeat is null)
        {
            throw new InvalidOperationException("model zonder dekkingsvariabelen");
        }
        var objective = _solver.Objective();
        for (var t = 0; t < _hasSeat.Length; t++)
        {
            objective.SetCoefficient(_hasSeat[t], covered[t] ? 0 : 1);
        }
        return Solve();
    }

    private int[]? Solve()
    {
        var status = _solver.Solve(_parameters);
        if (status == Solver.ResultStatus.INFEASIBLE)
        {
            return null;
        }
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new SelectionFailedException($"SCIP stopte zonder optimale oplossing ({status}).");
        }
        var seats = _seats.Select(s => (int)Math.Round(s.SolutionValue())).ToArray();
        if (!Problem.Satisfies(seats, _min, _max))
        {
            throw new SelectionFailedException("SCIP gaf een samenstelling die de quota niet haalt (numeriek probleem).");
        }
        return seats;
    }

    public void Dispose()
    {
        _parameters.Dispose();
        _solver.Dispose();
    }
}

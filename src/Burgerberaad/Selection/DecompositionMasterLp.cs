using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// Can a lottery over the compositions found so far give every type at least its target probability? GLOP LP: a
/// probability λ_c ≥ 0 per column, Σ λ = 1, per type Σ_c λ_c·seats_ct/|t| + s ≥ target_t; minimise the shortfall s.
/// Its dual values are weights y ≥ 0 on the types (Σ y = 1); a composition with Σ y_t·seats_t/|t| above
/// Σ y_t·target_t − s lowers s. As in <see cref="PrimalMasterLp"/>, new compositions are new columns and GLOP
/// continues from its last basis.
/// </summary>
internal sealed class DecompositionMasterLp : IDisposable
{
    private const string WarmParameters = "use_preprocessing: false use_dual_simplex: false use_scaling: false";

    private readonly SelectionProblem _problem;
    private readonly IReadOnlyList<int[]> _columns;
    private readonly double[] _target;
    private readonly Solver _lp;
    private readonly Variable _shortfall;
    private readonly Constraint _total;
    private readonly Constraint?[] _typeRows;
    private readonly List<(int Column, Variable Lambda)> _lambdas = [];
    private double[] _weights = [];

    public DecompositionMasterLp(SelectionProblem problem, double[] target, IReadOnlyList<int[]> columns, IEnumerable<int> active)
    {
        _problem = problem;
        _columns = columns;
        _target = target;
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is niet beschikbaar.");
        _lp.SetSolverSpecificParametersAsString(WarmParameters);
        _shortfall = _lp.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "s");
        var objective = _lp.Objective();
        objective.SetMinimization();
        objective.SetCoefficient(_shortfall, 1);
        _total = _lp.MakeConstraint(1, 1, "total");
        _typeRows = new Constraint?[problem.TypeCount];
        for (var t = 0; t < problem.TypeCount; t++)
        {
            if (target[t] > 0)
            {
                _typeRows[t] = _lp.MakeConstraint(target[t], double.PositiveInfinity, $"p{t}");
                _typeRows[t]!.SetCoefficient(_shortfall, 1);
            }
        }
        foreach (var column in active)
        {
            Add(column);
        }
    }

    public int Columns => _lambdas.Count;

    /// <summary>s: by how much the best lottery over the columns so far falls short of the targets.</summary>
    public double Shortfall { get; private set; }

    /// <summary>Σ y_t·target_t − s: the value Σ y_t·seats_t/|t| a composition must exceed to lower s.</summary>
    public double Bound { get; private set; }

    /// <summary>y_t of the last solve (0 for types without a row).</summary>
    public double Weight(int type) => _weights[type];

    public void Add(int column)
    {
        var seats = _columns[column];
        var lambda = _lp.MakeNumVar(0, double.PositiveInfinity, "");
        _total.SetCoefficient(lambda, 1);
        for (var t = 0; t < seats.Length; t++)
        {
            if (seats[t] > 0 && _typeRows[t] is { } row)
            {
                row.SetCoefficient(lambda, (double)seats[t] / _problem.TypeSizes[t]);
            }
        }
        _lambdas.Add((column, lambda));
    }

    public void Solve()
    {
        var status = _lp.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            _lp.SetSolverSpecificParametersAsString("use_preprocessing: true");
            status = _lp.Solve();
            _lp.SetSolverSpecificParametersAsString(WarmParameters);
        }
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new SelectionFailedException($"GLOP stopte zonder optimale oplossing ({status}).");
        }
        var raw = _typeRows.Select(r => r?.DualValue() ?? 0).ToArray();
        // Σ y is 1 (the column of s); the sign convention of the duals follows from it.
        var sign = raw.Sum() < 0 ? -1.0 : 1.0;
        _weights = raw.Select(d => Math.Max(0, sign * d)).ToArray();
        Shortfall = _shortfall.SolutionValue();
        var bound = -Shortfall;
        for (var t = 0; t < _weights.Length; t++)
        {
            bound += _weights[t] * _target[t];
        }
        Bound = bound;
    }

    /// <summary>Columns with positive probability in the restricted primal.</summary>
    public List<int> ColumnsInUse() => _lambdas.Where(l => l.Lambda.SolutionValue() > 1e-12).Select(l => l.Column).ToList();

    public void Dispose() => _lp.Dispose();
}

using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// The restricted master problem of one LEXIMIN level in primal form (GLOP): a probability λ_c ≥ 0 per column
/// (composition), Σ λ = 1, per unfixed type Σ_c λ_c·seats_ct/|t| ≥ z, per fixed type Σ_c λ_c·seats_ct/|t| ≥ fixed_t;
/// maximise z. New compositions are new columns, so GLOP's primal simplex starts from the last basis (which stays
/// feasible) and its basis has one row per type, not one per composition. The dual values of the type rows are the
/// weights y_t the pricing step needs; the dual of Σ λ = 1 is μ.
/// </summary>
internal sealed class PrimalMasterLp : IDisposable
{
    /// <summary>
    /// Only columns are added between solves. Without presolve and without scaling (which would rescale the old
    /// columns whenever one is added) GLOP's primal simplex continues from the last basis: measured on the
    /// 500-volunteer pool, ≈ 200 instead of ≈ 500 iterations per round.
    /// </summary>
    private const string WarmParameters = "use_preprocessing: false use_dual_simplex: false use_scaling: false";

    private readonly SelectionProblem _problem;
    private readonly IReadOnlyList<int[]> _columns;
    private readonly Solver _lp;
    private readonly Variable _z;
    private readonly Constraint _total;
    private readonly Constraint?[] _typeRows;
    private readonly bool[] _unfixed;
    private readonly double?[] _fixedAt;
    private readonly List<(int Column, Variable Lambda)> _lambdas = [];
    private double[] _weights = [];

    public PrimalMasterLp(SelectionProblem problem, bool[] selectable, double?[] fixedAt, IReadOnlyList<int[]> columns, IEnumerable<int> active)
    {
        _problem = problem;
        _columns = columns;
        _fixedAt = fixedAt;
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is niet beschikbaar.");
        _lp.SetSolverSpecificParametersAsString(WarmParameters);
        _z = _lp.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "z");
        var objective = _lp.Objective();
        objective.SetMaximization();
        objective.SetCoefficient(_z, 1);
        _total = _lp.MakeConstraint(1, 1, "total");
        _typeRows = new Constraint?[problem.TypeCount];
        _unfixed = new bool[problem.TypeCount];
        for (var t = 0; t < problem.TypeCount; t++)
        {
            if (!selectable[t])
            {
                continue;
            }
            if (fixedAt[t] is { } f)
            {
                _typeRows[t] = _lp.MakeConstraint(f, double.PositiveInfinity, $"p{t}");
            }
            else
            {
                _typeRows[t] = _lp.MakeConstraint(0, double.PositiveInfinity, $"p{t}");
                _typeRows[t]!.SetCoefficient(_z, -1);
                _unfixed[t] = true;
            }
        }
        foreach (var column in active)
        {
            Add(column);
        }
    }

    public int Columns => _lambdas.Count;

    /// <summary>μ: the value Σ_t y_t·seats_t/|t| a composition must exceed to improve the level.</summary>
    public double Mu { get; private set; }

    /// <summary>z: the level's smallest probability over the unfixed types with the columns so far.</summary>
    public double Value { get; private set; }

    /// <summary>y_t of the last solve (0 for types not in the LP).</summary>
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
            // Numerical trouble in the warm primal simplex: once more with GLOP's defaults (presolve).
            _lp.SetSolverSpecificParametersAsString("use_preprocessing: true");
            status = _lp.Solve();
            _lp.SetSolverSpecificParametersAsString(WarmParameters);
        }
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new SelectionFailedException($"GLOP stopte zonder optimale oplossing ({status}).");
        }
        var raw = new double[_problem.TypeCount];
        var unfixedSum = 0.0;
        for (var t = 0; t < raw.Length; t++)
        {
            if (_typeRows[t] is { } row)
            {
                raw[t] = row.DualValue();
                if (_unfixed[t])
                {
                    unfixedSum += raw[t];
                }
            }
        }
        // Σ y over the unfixed types is 1 (the column of z); the sign convention of the duals follows from it.
        var sign = unfixedSum < 0 ? -1.0 : 1.0;
        _weights = raw.Select(d => Math.Max(0, sign * d)).ToArray();
        Value = _z.SolutionValue();
        var mu = Value;
        for (var t = 0; t < raw.Length; t++)
        {
            if (_fixedAt[t] is { } f && _typeRows[t] is not null)
            {
                mu += f * _weights[t];
            }
        }
        Mu = mu;
    }

    /// <summary>Columns with positive probability in the restricted primal.</summary>
    public List<int> ColumnsInUse() => _lambdas.Where(l => l.Lambda.SolutionValue() > 1e-12).Select(l => l.Column).ToList();

    public void Dispose() => _lp.Dispose();
}

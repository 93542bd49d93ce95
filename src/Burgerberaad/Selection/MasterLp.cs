using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// The restricted master problem of one LEXIMIN level in dual form (GLOP): weights y_t ≥ 0 per selectable type,
/// Σ y over unfixed types = 1, one row Σ_t y_t·seats_t/|t| ≤ μ per column, minimise μ − Σ fixed_t·y_t. The dual value
/// of a row is the probability λ of that column in the restricted primal.
/// </summary>
internal sealed class MasterLp : IDisposable
{
    private readonly SelectionProblem _problem;
    private readonly IReadOnlyList<int[]> _columns;
    private readonly Solver _lp;
    private readonly Variable?[] _weight;
    private readonly Variable _mu;
    private readonly List<(int Column, Constraint Row)> _rows = [];
    private double[] _weights = [];

    public MasterLp(SelectionProblem problem, bool[] selectable, double?[] fixedAt, IReadOnlyList<int[]> columns, IEnumerable<int> active)
    {
        _problem = problem;
        _columns = columns;
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is niet beschikbaar.");
        // Rows are only added: without presolve the dual simplex can start from the last basis.
        _lp.SetSolverSpecificParametersAsString("use_preprocessing: false use_dual_simplex: true");
        _weight = new Variable?[problem.TypeCount];
        _mu = _lp.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "mu");
        var objective = _lp.Objective();
        objective.SetMinimization();
        objective.SetCoefficient(_mu, 1);
        var sumUnfixed = _lp.MakeConstraint(1, 1, "unfixed");
        for (var t = 0; t < problem.TypeCount; t++)
        {
            if (!selectable[t])
            {
                continue;
            }
            _weight[t] = _lp.MakeNumVar(0, double.PositiveInfinity, $"y{t}");
            if (fixedAt[t] is { } f)
            {
                objective.SetCoefficient(_weight[t], -f);
            }
            else
            {
                sumUnfixed.SetCoefficient(_weight[t], 1);
            }
        }
        foreach (var column in active)
        {
            Add(column);
        }
    }

    public int Rows => _rows.Count;

    public double Mu { get; private set; }

    public double Value { get; private set; }

    /// <summary>y_t of the last solve (0 for types not in the LP).</summary>
    public double Weight(int type) => _weights[type];

    public void Add(int column)
    {
        var seats = _columns[column];
        var row = _lp.MakeConstraint(double.NegativeInfinity, 0, "");
        row.SetCoefficient(_mu, -1);
        for (var t = 0; t < seats.Length; t++)
        {
            if (seats[t] > 0)
            {
                row.SetCoefficient(_weight[t]!, (double)seats[t] / _problem.TypeSizes[t]);
            }
        }
        _rows.Add((column, row));
    }

    public void Solve()
    {
        var status = _lp.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // Numerical trouble in the warm dual simplex: once more with GLOP's defaults (presolve, primal simplex).
            _lp.SetSolverSpecificParametersAsString("use_preprocessing: true use_dual_simplex: false");
            status = _lp.Solve();
        }
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new SelectionFailedException($"GLOP stopte zonder optimale oplossing ({status}).");
        }
        _weights = _weight.Select(w => w is null ? 0 : Math.Max(0, w.SolutionValue())).ToArray();
        Mu = _mu.SolutionValue();
        Value = _lp.Objective().Value();
    }

    /// <summary>Columns with positive probability in the restricted primal (dual value of their row).</summary>
    public List<int> ColumnsInUse() => _rows.Where(r => Math.Abs(r.Row.DualValue()) > 1e-12).Select(r => r.Column).ToList();

    public void Dispose() => _lp.Dispose();
}

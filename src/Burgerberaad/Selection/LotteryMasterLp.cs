using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// What the master LPs of the column generation share (GLOP): a probability λ_c ≥ 0 per column (composition),
/// Σ λ = 1, and one row per type in which a column counts seats_ct/|t|. New compositions are new columns, so GLOP's
/// primal simplex continues from the last basis. The subclasses add their own variable, objective and type rows, and
/// read their own values from the duals.
/// </summary>
internal abstract class LotteryMasterLp : IDisposable
{
    /// <summary>
    /// Only columns are added between solves. Without presolve and without scaling (which would rescale the old
    /// columns whenever one is added) GLOP's primal simplex continues from the last basis: measured on the
    /// 500-volunteer pool, ≈ 200 instead of ≈ 500 iterations per round.
    /// </summary>
    private const string WarmParameters = "use_preprocessing: false use_dual_simplex: false use_scaling: false";

    private readonly SelectionProblem _problem;
    private readonly IReadOnlyList<int[]> _columns;
    private readonly Constraint _total;
    private readonly List<(int Column, Variable Lambda)> _lambdas = [];
    private double[] _weights = [];

    protected LotteryMasterLp(SelectionProblem problem, IReadOnlyList<int[]> columns)
    {
        _problem = problem;
        _columns = columns;
        Lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is niet beschikbaar.");
        Lp.SetSolverSpecificParametersAsString(WarmParameters);
        _total = Lp.MakeConstraint(1, 1, "total");
        TypeRows = new Constraint?[problem.TypeCount];
    }

    protected Solver Lp { get; }

    /// <summary>The row of each type in the LP; null for types the LP leaves out.</summary>
    protected Constraint?[] TypeRows { get; }

    public int Columns => _lambdas.Count;

    /// <summary>y_t of the last solve (0 for types without a row).</summary>
    public double Weight(int type) => _weights[type];

    public void Add(int column)
    {
        var seats = _columns[column];
        var lambda = Lp.MakeNumVar(0, double.PositiveInfinity, "");
        _total.SetCoefficient(lambda, 1);
        for (var t = 0; t < seats.Length; t++)
        {
            if (seats[t] > 0 && TypeRows[t] is { } row)
            {
                row.SetCoefficient(lambda, (double)seats[t] / _problem.TypeSizes[t]);
            }
        }
        _lambdas.Add((column, lambda));
    }

    protected void AddAll(IEnumerable<int> columns)
    {
        foreach (var column in columns)
        {
            Add(column);
        }
    }

    /// <summary>
    /// Solves to optimality and sets the weights from the duals of the type rows; <paramref name="normalised"/>
    /// says which types' duals sum to 1 in absolute value (the column of the subclass's own variable), which fixes the
    /// sign convention. The weights y are those duals with that sign, never below 0.
    /// </summary>
    protected void SolveForDuals(Func<int, bool> normalised)
    {
        var status = Lp.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // Numerical trouble in the warm primal simplex: once more with GLOP's defaults (presolve).
            Lp.SetSolverSpecificParametersAsString("use_preprocessing: true");
            status = Lp.Solve();
            Lp.SetSolverSpecificParametersAsString(WarmParameters);
        }
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new SelectionFailedException($"GLOP stopte zonder optimale oplossing ({status}).");
        }
        var raw = TypeRows.Select(r => r?.DualValue() ?? 0).ToArray();
        var sum = Enumerable.Range(0, raw.Length).Where(normalised).Sum(t => raw[t]);
        var sign = sum < 0 ? -1.0 : 1.0;
        _weights = raw.Select(d => Math.Max(0, sign * d)).ToArray();
    }

    /// <summary>Columns with positive probability in the restricted primal.</summary>
    public List<int> ColumnsInUse() => _lambdas.Where(l => l.Lambda.SolutionValue() > 1e-12).Select(l => l.Column).ToList();

    public void Dispose() => Lp.Dispose();
}

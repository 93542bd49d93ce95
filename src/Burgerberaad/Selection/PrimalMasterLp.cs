using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// The restricted master problem of one LEXIMIN level in primal form (GLOP): a probability λ_c ≥ 0 per column
/// (composition), Σ λ = 1, per unfixed type Σ_c λ_c·seats_ct/|t| ≥ z, per fixed type Σ_c λ_c·seats_ct/|t| ≥ fixed_t;
/// maximise z. New compositions are new columns, so GLOP's primal simplex starts from the last basis (which stays
/// feasible) and its basis has one row per type, not one per composition. The dual values of the type rows are the
/// weights y_t the pricing step needs; the dual of Σ λ = 1 is μ.
/// </summary>
internal sealed class PrimalMasterLp : LotteryMasterLp
{
    private readonly Variable _z;
    private readonly bool[] _unfixed;
    private readonly double?[] _fixedAt;

    public PrimalMasterLp(SelectionProblem problem, bool[] selectable, double?[] fixedAt, IReadOnlyList<int[]> columns, IEnumerable<int> active)
        : base(problem, columns)
    {
        _fixedAt = fixedAt;
        _z = Lp.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "z");
        var objective = Lp.Objective();
        objective.SetMaximization();
        objective.SetCoefficient(_z, 1);
        _unfixed = new bool[problem.TypeCount];
        for (var t = 0; t < problem.TypeCount; t++)
        {
            if (!selectable[t])
            {
                continue;
            }
            if (fixedAt[t] is { } f)
            {
                TypeRows[t] = Lp.MakeConstraint(f, double.PositiveInfinity, $"p{t}");
            }
            else
            {
                TypeRows[t] = Lp.MakeConstraint(0, double.PositiveInfinity, $"p{t}");
                TypeRows[t]!.SetCoefficient(_z, -1);
                _unfixed[t] = true;
            }
        }
        AddAll(active);
    }

    /// <summary>μ: the value Σ_t y_t·seats_t/|t| a composition must exceed to improve the level.</summary>
    public double Mu { get; private set; }

    /// <summary>z: the level's smallest probability over the unfixed types with the columns so far.</summary>
    public double Value { get; private set; }

    public void Solve()
    {
        // Σ y over the unfixed types is 1 (the column of z).
        SolveForDuals(t => _unfixed[t]);
        Value = _z.SolutionValue();
        var mu = Value;
        for (var t = 0; t < _fixedAt.Length; t++)
        {
            if (_fixedAt[t] is { } f && TypeRows[t] is not null)
            {
                mu += f * Weight(t);
            }
        }
        Mu = mu;
    }
}

using Google.OrTools.LinearSolver;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// Can a lottery over the compositions found so far give every type at least its target probability? GLOP LP: a
/// probability λ_c ≥ 0 per column, Σ λ = 1, per type Σ_c λ_c·seats_ct/|t| + s ≥ target_t; minimise the shortfall s.
/// Its dual values are weights y ≥ 0 on the types (Σ y = 1); a composition with Σ y_t·seats_t/|t| above
/// Σ y_t·target_t − s lowers s. As in <see cref="PrimalMasterLp"/>, new compositions are new columns and GLOP
/// continues from its last basis.
/// </summary>
internal sealed class DecompositionMasterLp : LotteryMasterLp
{
    private readonly double[] _target;
    private readonly Variable _shortfall;

    public DecompositionMasterLp(SelectionProblem problem, double[] target, IReadOnlyList<int[]> columns, IEnumerable<int> active)
        : base(problem, columns)
    {
        _target = target;
        _shortfall = Lp.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "s");
        var objective = Lp.Objective();
        objective.SetMinimization();
        objective.SetCoefficient(_shortfall, 1);
        for (var t = 0; t < problem.TypeCount; t++)
        {
            if (target[t] > 0)
            {
                TypeRows[t] = Lp.MakeConstraint(target[t], double.PositiveInfinity, $"p{t}");
                TypeRows[t]!.SetCoefficient(_shortfall, 1);
            }
        }
        AddAll(active);
    }

    /// <summary>s: by how much the best lottery over the columns so far falls short of the targets.</summary>
    public double Shortfall { get; private set; }

    /// <summary>Σ y_t·target_t − s: the value Σ y_t·seats_t/|t| a composition must exceed to lower s.</summary>
    public double Bound { get; private set; }

    public void Solve()
    {
        // Σ y is 1 over every row (the column of s).
        SolveForDuals(_ => true);
        Shortfall = _shortfall.SolutionValue();
        var bound = -Shortfall;
        for (var t = 0; t < _target.Length; t++)
        {
            bound += Weight(t) * _target[t];
        }
        Bound = bound;
    }
}

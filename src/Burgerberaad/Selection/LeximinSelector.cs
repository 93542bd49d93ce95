using Participatie.Burgerberaad.Diagnostics;
using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// The fair stratified lottery of a burgerberaad: the LEXIMIN distribution over panels that meet the quotas
/// (docs/burgerberaad.md). Deterministic: the same files and size give the same distribution.
/// </summary>
public static class LeximinSelector
{
    public static SelectionOutcome Select(Categories categories, RespondentPool pool, int size) =>
        Select(categories, pool, size, new LeximinOptions());

    /// <param name="options">Time limit and tuning; the defaults give the exact LEXIMIN.</param>
    /// <param name="clock">Measures the time limit (the system clock when null).</param>
    public static SelectionOutcome Select(Categories categories, RespondentPool pool, int size, LeximinOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(pool);
        if (size < 1 || size > pool.Respondents.Count)
        {
            return Fail(new Diagnostic(DiagnosticCodes.BadPanelSize,
                $"de panelgrootte {size} moet tussen 1 en het aantal respondenten ({pool.Respondents.Count}) liggen."));
        }
        // A pool read without the categories may hold values the quotas do not list.
        var unknown = pool.Respondents
            .SelectMany(r => categories.Features.Where(f => categories.IndexOf(f, r.ValueOf(f)) < 0).Select(f => (r.Id, Feature: f, Value: r.ValueOf(f))))
            .Select(x => new Diagnostic(DiagnosticCodes.UnknownValue,
                $"respondent '{x.Id}': waarde '{x.Value}' komt bij kenmerk '{x.Feature}' niet voor in de categorieën."))
            .ToList();
        if (unknown.Count > 0)
        {
            return new SelectionOutcome(null, unknown);
        }
        var problem = SelectionProblem.Create(categories, pool, size);
        try
        {
            var solver = new LeximinSolver(problem, options, clock);
            if (solver.Solve() is not { } solution)
            {
                var conflict = QuotaConflictAnalyzer.Analyze(problem);
                return new SelectionOutcome(null,
                    [new Diagnostic(DiagnosticCodes.InfeasibleQuotas, QuotaConflictAnalyzer.Describe(conflict))], conflict);
            }
            var groups = problem.TypeKeys
                .Select((key, t) => new VolunteerGroup(
                    key.Select(q => categories.Quotas[q].Value).ToArray(),
                    problem.TypeMembers[t].Select(r => pool.Respondents[r].Id).ToArray()))
                .ToArray();
            var distribution = solution.Distribution
                .OrderBy(d => d.Seats, Comparer<int[]>.Create(CompareSeats))
                .Select(d => new PanelComposition(d.Seats, d.Probability))
                .ToArray();
            var result = new LeximinResult(pool, size, groups, distribution, solution.TypeProbabilities, solver.Statistics);
            IReadOnlyList<Diagnostic> warnings = result.IsExact
                ? []
                : [new Diagnostic(DiagnosticCodes.TimeLimitReached,
                    $"de tijdslimiet van {options.TimeLimit!.Value.TotalSeconds:0} s is bereikt na {result.Statistics.Levels} niveau(s): de loting is geldig " +
                    "(elke samenstelling haalt de quota), maar niet bewezen LEXIMIN. Wie nog geen vaste kans had, kreeg de kans van het laatste niveau " +
                    $"({result.MinProbability:0.######} of meer); geef meer tijd voor de exacte verdeling.") { IsWarning = true }];
            return new SelectionOutcome(result, warnings);
        }
        catch (SelectionFailedException e)
        {
            return Fail(new Diagnostic(DiagnosticCodes.SolverFailure, e.Message));
        }
    }

    /// <summary>Canonical order of compositions (the draw walks them in this order): lexicographic on seats per group.</summary>
    private static int CompareSeats(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return 0;
    }

    private static SelectionOutcome Fail(Diagnostic diagnostic) => new(null, [diagnostic]);
}

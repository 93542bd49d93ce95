namespace Participatie.Buurtbudget.Counting;

/// <summary>
/// Greedy by approvals (or, for points ballots, by total points): projects with the most first (ties:
/// ordinally first id); each is funded if its cost fits in the budget left, otherwise skipped.
/// Projects nobody voted for (or gave a point) are never funded.
/// </summary>
internal static class GreedyCount
{
    public static Outcome Count(CountingInput input, CountingOptions options)
    {
        var explanations = new ProjectExplanation[input.ProjectCount];
        var selected = new List<string>();
        var left = input.Election.Budget;
        foreach (var c in input.ByVotes())
        {
            var votes = input.Votes(c);
            var cost = input.Costs[c];
            if (votes == 0)
            {
                explanations[c] = new ProjectExplanation(input.Ids[c], cost, 0, Verdict.NoVotes) { Points = input.Points(c) };
                continue;
            }
            var fits = cost <= left;
            explanations[c] = new ProjectExplanation(input.Ids[c], cost, votes, fits ? Verdict.Selected : Verdict.DoesNotFit)
            {
                BudgetLeft = left,
                Points = input.Points(c),
            };
            if (fits)
            {
                selected.Add(input.Ids[c]);
                left -= cost;
            }
        }
        return new Outcome(options, input.Election.Budget, selected, input.Election.Budget - left, explanations);
    }

    /// <summary>Adds projects by votes (or points) to an existing selection while they fit (the "U" of Add1U).</summary>
    public static void Fill(CountingInput input, bool[] chosen, List<int> order, ref decimal spent, ProjectExplanation[] explanations)
    {
        var budget = input.Election.Budget;
        foreach (var c in input.ByVotes())
        {
            if (chosen[c] || input.Votes(c) == 0)
            {
                continue;
            }
            var left = budget - spent;
            if (input.Costs[c] <= left)
            {
                chosen[c] = true;
                order.Add(c);
                spent += input.Costs[c];
                explanations[c] = explanations[c] with { Verdict = Verdict.SelectedByCompletion, BudgetLeft = left, MoneyBehind = null };
            }
        }
    }
}

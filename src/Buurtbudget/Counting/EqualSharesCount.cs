using Participatie.Buurtbudget.Arithmetic;

namespace Participatie.Buurtbudget.Counting;

/// <summary>
/// The Method of Equal Shares with its completions. Each run is first counted in fast
/// floating-point arithmetic with error bounds; a run that meets a comparison the bounds cannot
/// decide (a tie or near-tie) is counted again in exact rational arithmetic, so outcomes are exact.
/// </summary>
internal sealed class EqualSharesCount
{
    private readonly CountingInput _input;
    private readonly CountingOptions _options;
    private readonly IEqualSharesRun _fast;
    private IEqualSharesRun? _exact;
    private int _exactRecounts;

    private EqualSharesCount(CountingInput input, CountingOptions options)
    {
        _input = input;
        _options = options;
        _fast = input.HasPoints ? new PointsEqualSharesRun<Approx>(input) : new EqualSharesRun<Approx>(input, options.Utility);
    }

    public static Outcome Count(CountingInput input, CountingOptions options) => new EqualSharesCount(input, options).Count();

    private EqualSharesRunResult Run(decimal total, long voters, bool explain)
    {
        var result = _fast.Run(total, voters, explain);
        if (result is not null)
        {
            return result;
        }
        _exactRecounts++;
        _exact ??= _input.HasPoints ? new PointsEqualSharesRun<Rational>(_input) : new EqualSharesRun<Rational>(_input, _options.Utility);
        return _exact.Run(total, voters, explain) ?? throw new InvalidOperationException("Exact arithmetic cannot be undecided.");
    }

    private Outcome Count()
    {
        var input = _input;
        var budget = input.Election.Budget;
        var n = input.VoterCount;
        if (n == 0)
        {
            return Build(new EqualSharesRunResult
            {
                Round = new int[input.ProjectCount],
                MaxPayment = new decimal?[input.ProjectCount],
                Rho = new double?[input.ProjectCount],
                Payments = Enumerable.Repeat<IReadOnlyList<Payment>>([], input.ProjectCount).ToArray(),
                MoneyBehind = new decimal?[input.ProjectCount],
            }, 0m, 0);
        }

        var share = budget / n; // for display; the count divides exactly
        // Like equalshares.net: no Add1 when every project together fits in the budget.
        if (_options.Completion == Completion.None || input.TotalCost <= budget)
        {
            return Build(Run(budget, n, explain: true), share, 0);
        }

        var endowment = decimal.Floor(share);
        var current = Run(endowment, 1, explain: false);
        var steps = 0;
        while (!IsExhaustive(current) && !AllEligibleChosen(current))
        {
            var next = Run(endowment + 1, 1, explain: false);
            if (next.Spent > budget)
            {
                break;
            }
            endowment++;
            steps++;
            current = next;
        }
        return Build(Run(endowment, 1, explain: true), endowment, steps);
    }

    private bool IsExhaustive(EqualSharesRunResult run)
    {
        var left = _input.Election.Budget - run.Spent;
        var chosen = new bool[_input.ProjectCount];
        foreach (var c in run.Winners)
        {
            chosen[c] = true;
        }
        for (var c = 0; c < _input.ProjectCount; c++)
        {
            if (!chosen[c] && _input.Costs[c] <= left)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Every project the method can fund (cost above zero, at least one vote) is funded: raising budgets changes nothing.</summary>
    private bool AllEligibleChosen(EqualSharesRunResult run)
    {
        var eligible = 0;
        for (var c = 0; c < _input.ProjectCount; c++)
        {
            if (_input.Costs[c] > 0 && _input.Votes(c) > 0)
            {
                eligible++;
            }
        }
        return run.Winners.Count == eligible;
    }

    private Outcome Build(EqualSharesRunResult run, decimal endowment, int steps)
    {
        var input = _input;
        var explanations = new ProjectExplanation[input.ProjectCount];
        for (var c = 0; c < input.ProjectCount; c++)
        {
            var votes = input.Votes(c);
            var cost = input.Costs[c];
            if (run.Round[c] > 0)
            {
                explanations[c] = new ProjectExplanation(input.Ids[c], cost, votes, Verdict.Selected)
                {
                    Points = input.Points(c),
                    Round = run.Round[c],
                    MaxPayment = run.MaxPayment[c],
                    Rho = run.Rho[c],
                    Payments = run.Payments[c],
                };
            }
            else if (votes == 0)
            {
                explanations[c] = new ProjectExplanation(input.Ids[c], cost, 0, Verdict.NoVotes) { Points = input.Points(c) };
            }
            else if (cost == 0)
            {
                explanations[c] = new ProjectExplanation(input.Ids[c], cost, votes, Verdict.ZeroCost) { Points = input.Points(c) };
            }
            else
            {
                explanations[c] = new ProjectExplanation(input.Ids[c], cost, votes, Verdict.Unaffordable)
                {
                    Points = input.Points(c),
                    MoneyBehind = run.MoneyBehind[c],
                };
            }
        }
        var order = new List<int>(run.Winners);
        var spent = run.Spent;
        if (_options.Completion == Completion.Add1Utilitarian)
        {
            var chosen = new bool[input.ProjectCount];
            foreach (var c in order)
            {
                chosen[c] = true;
            }
            GreedyCount.Fill(input, chosen, order, ref spent, explanations);
        }
        return new Outcome(_options, input.Election.Budget, order.Select(c => input.Ids[c]).ToList(), spent, explanations)
        {
            Endowment = endowment,
            Add1Steps = steps,
            ExactRecounts = _exactRecounts,
        };
    }
}

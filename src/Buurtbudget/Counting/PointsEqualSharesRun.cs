using Participatie.Buurtbudget.Arithmetic;

namespace Participatie.Buurtbudget.Counting;

/// <summary>
/// One run of the Method of Equal Shares on points ballots, with the points as utilities
/// (equalshares.net's definition for general additive utilities: voter i values project c at
/// u_i(c), here the points i gave c). Every voter starts with the same budget. A project c is
/// affordable at price rho when its supporters pay min(budget_i, rho × points_i) and that adds up
/// to its cost; each round the project with the lowest such rho is funded (ties: the ordinally first
/// id) and its supporters pay. With every point 1 this is the cardinality-utility rule.
/// <para>
/// Counted voter by voter (a supporter's payment depends on their own points, so the budget classes
/// of <see cref="EqualSharesRun{T}"/> do not apply). Over <see cref="Approx"/> it returns <c>null</c>
/// when a comparison is too close to call; the caller then counts again with <see cref="Rational"/>.
/// </para>
/// </summary>
internal sealed class PointsEqualSharesRun<T> : IEqualSharesRun where T : struct, IAmount<T>
{
    private readonly CountingInput _input;
    private readonly T[] _cost;
    private readonly T[] _budget;

    public PointsEqualSharesRun(CountingInput input)
    {
        _input = input;
        _cost = input.Costs.Select(T.From).ToArray();
        _budget = new T[input.VoterCount];
    }

    public EqualSharesRunResult? Run(decimal total, long voters, bool explain)
    {
        var input = _input;
        var m = input.ProjectCount;
        Array.Fill(_budget, T.Divide(T.From(total), voters));
        var result = new EqualSharesRunResult
        {
            Round = new int[m],
            MaxPayment = new decimal?[m],
            Rho = new double?[m],
            Payments = new IReadOnlyList<Payment>[m],
            MoneyBehind = new decimal?[m],
        };
        var remaining = new List<int>(m);
        for (var c = 0; c < m; c++)
        {
            result.Payments[c] = [];
            if (input.Costs[c] > 0 && input.Votes(c) > 0)
            {
                remaining.Add(c);
            }
        }
        var round = 0;
        while (remaining.Count > 0)
        {
            var best = -1;
            T bestRho = default;
            foreach (var c in remaining.ToArray())
            {
                var status = Evaluate(c, out var rho, out _);
                if (status == Order.Unknown)
                {
                    return null;
                }
                if (status == Order.Less)
                {
                    remaining.Remove(c); // budgets only fall: unaffordable for good
                    continue;
                }
                if (best < 0)
                {
                    (best, bestRho) = (c, rho);
                    continue;
                }
                switch (T.Compare(rho, bestRho))
                {
                    case Order.Less:
                    case Order.Equal when input.Rank[c] < input.Rank[best]:
                        (best, bestRho) = (c, rho);
                        break;
                    case Order.Unknown:
                        return null;
                }
            }
            if (best < 0)
            {
                break;
            }
            round++;
            result.Winners.Add(best);
            result.Spent += input.Costs[best];
            remaining.Remove(best);
            result.Round[best] = round;
            if (explain)
            {
                result.Rho[best] = bestRho.ToDouble();
            }
            if (!Pay(best, bestRho, explain ? result : null))
            {
                return null;
            }
        }
        if (explain)
        {
            for (var c = 0; c < m; c++)
            {
                if (result.Round[c] == 0 && input.Votes(c) > 0 && input.Costs[c] > 0)
                {
                    Evaluate(c, out _, out var behind);
                    result.MoneyBehind[c] = behind.ToDecimal(6);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// <see cref="Order.Less"/> if the supporters have less than the cost; <see cref="Order.Greater"/>
    /// with the price per point <paramref name="rho"/>; <see cref="Order.Unknown"/> if too close to call.
    /// </summary>
    private Order Evaluate(int project, out T rho, out T total)
    {
        rho = default;
        var supporters = _input.Supporters[project];
        var weights = _input.Weights[project];
        total = T.Zero;
        long weight = 0;
        foreach (var (v, w) in supporters.Zip(weights))
        {
            total = T.Add(total, _budget[v]);
            weight += w;
        }
        var cost = _cost[project];
        switch (T.Compare(total, cost))
        {
            case Order.Less:
                return Order.Less;
            case Order.Unknown:
                return Order.Unknown;
        }
        // Supporters by budget per point, lowest first: those who cannot pay rho per point pay all they have.
        var order = Enumerable.Range(0, supporters.Length)
            .Select(j => (Ratio: T.Divide(_budget[supporters[j]], weights[j]), Budget: _budget[supporters[j]], Weight: weights[j]))
            .OrderBy(x => x.Ratio, Comparer<T>.Create(T.SortCompare))
            .ToArray();
        var paid = T.Zero;
        foreach (var (ratio, budget, w) in order)
        {
            var candidate = T.Divide(T.Subtract(cost, paid), weight);
            var compare = budget.IsExactZero ? Order.Greater : T.Compare(candidate, ratio);
            if (compare == Order.Greater)
            {
                paid = T.Add(paid, budget);
                weight -= w;
                continue;
            }
            if (compare == Order.Unknown)
            {
                return Order.Unknown;
            }
            rho = candidate;
            return Order.Greater;
        }
        return Order.Unknown; // everybody pays everything: exactly the cost, decided in exact arithmetic
    }

    private bool Pay(int project, T rho, EqualSharesRunResult? explain)
    {
        var supporters = _input.Supporters[project];
        var weights = _input.Weights[project];
        var amounts = explain is null ? null : new List<decimal>(supporters.Length);
        for (var j = 0; j < supporters.Length; j++)
        {
            var v = supporters[j];
            var due = T.Multiply(rho, weights[j]);
            var budget = _budget[v];
            var order = budget.IsExactZero ? Order.Less : T.Compare(budget, due);
            if (order == Order.Unknown)
            {
                return false;
            }
            var pays = order == Order.Greater ? due : budget;
            _budget[v] = order == Order.Greater ? T.Subtract(budget, due) : T.Zero;
            amounts?.Add(pays.ToDecimal(6));
        }
        if (explain is not null && amounts is not null)
        {
            explain.MaxPayment[project] = amounts.Count == 0 ? 0m : amounts.Max();
            explain.Payments[project] = amounts
                .GroupBy(a => a)
                .Select(g => new Payment(g.Key, g.Count()))
                .OrderByDescending(p => p.Amount)
                .ToList();
        }
        return true;
    }
}

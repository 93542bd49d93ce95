using System.Runtime.CompilerServices;
using Participatie.Buurtbudget.Arithmetic;

namespace Participatie.Buurtbudget.Counting;

/// <summary>What one fixed-endowment run of the Method of Equal Shares decided.</summary>
internal sealed class EqualSharesRunResult
{
    public List<int> Winners { get; } = [];

    public decimal Spent { get; set; }

    public int[] Round { get; init; } = [];

    public decimal?[] MaxPayment { get; init; } = [];

    public double?[] Rho { get; init; } = [];

    public IReadOnlyList<Payment>[] Payments { get; init; } = [];

    public decimal?[] MoneyBehind { get; init; } = [];
}

/// <summary>
/// One run of the Method of Equal Shares with a fixed starting budget per voter, over the number
/// type <typeparamref name="T"/>.
/// <para>
/// Voters are kept in classes of equal remaining budget: every voter starts in one class, and when
/// a project is funded each class of its supporters moves to one new class (those who pay the full
/// share keep budget minus share, the others drop to the zero class). Working out a project's share
/// then needs a count of its supporters per class and arithmetic per class, not per voter, so the
/// exact path stays affordable and the fast path touches each supporter with one integer increment.
/// </para>
/// <para>
/// Each round a project's share is the equal split of its cost over its supporters, where those
/// who cannot pay it pay everything they have; its rho is that share divided by the voter's utility
/// (the cost, or 1). The lowest rho wins; equal rho: the ordinally first id. Rho only rises as budgets
/// fall, so a project whose last known rho is already worse than the best of this round is skipped.
/// </para>
/// <para>
/// <see cref="Run"/> returns <c>null</c> when <typeparamref name="T"/> cannot decide a comparison
/// (an <see cref="Approx"/> near-tie); the caller then reruns with <see cref="Rational"/>.
/// </para>
/// </summary>
internal sealed class EqualSharesRun<T> : IEqualSharesRun where T : struct, IAmount<T>
{
    private const int ZeroClass = 0;

    private readonly CountingInput _input;
    private readonly UtilityKind _utility;
    private readonly T[] _cost;
    private readonly int[] _voterClass;
    private T[] _classBudget = new T[64];
    private int[] _count = new int[64];
    private int[] _remap = new int[64];
    private int[] _touched = new int[64];
    private int _classes;
    private readonly Comparison<int> _byBudget;

    public EqualSharesRun(CountingInput input, UtilityKind utility)
    {
        _input = input;
        _utility = utility;
        _cost = input.Costs.Select(T.From).ToArray();
        _voterClass = new int[input.VoterCount];
        _byBudget = (a, b) => T.SortCompare(_classBudget[a], _classBudget[b]);
    }

    /// <summary>Counts with <paramref name="total"/> / <paramref name="voters"/> (exactly) as every voter's starting budget.</summary>
    public EqualSharesRunResult? Run(decimal total, long voters, bool explain)
    {
        var input = _input;
        var m = input.ProjectCount;
        Array.Fill(_voterClass, 1);
        _classes = 0;
        NewClass(T.Zero);
        NewClass(T.Divide(T.From(total), voters));
        Array.Fill(_remap, -1);

        var result = new EqualSharesRunResult
        {
            Round = new int[m],
            MaxPayment = new decimal?[m],
            Rho = new double?[m],
            Payments = new IReadOnlyList<Payment>[m],
            MoneyBehind = new decimal?[m],
        };
        var remaining = new List<int>(m);
        var bound = new T[m];
        for (var c = 0; c < m; c++)
        {
            result.Payments[c] = [];
            var supporters = input.Supporters[c].Length;
            if (input.Costs[c] > 0 && supporters > 0)
            {
                remaining.Add(c);
                // Lowest possible share: everybody pays the same.
                bound[c] = Rho(c, T.Divide(_cost[c], supporters));
            }
        }

        var round = 0;
        var order = new List<int>(m);
        while (remaining.Count > 0)
        {
            order.Clear();
            order.AddRange(remaining);
            order.Sort((a, b) =>
            {
                var byBound = T.SortCompare(bound[a], bound[b]);
                return byBound != 0 ? byBound : input.Rank[a].CompareTo(input.Rank[b]);
            });
            var best = -1;
            T bestRho = default, bestShare = default;
            foreach (var c in order)
            {
                if (best >= 0 && T.Compare(bound[c], bestRho) == Order.Greater)
                {
                    continue; // cannot beat the best of this round
                }
                var status = Evaluate(c, out var share, out _);
                if (status == Order.Unknown)
                {
                    return null;
                }
                if (status == Order.Less)
                {
                    remaining.Remove(c); // unaffordable now, so for good
                    continue;
                }
                var rho = Rho(c, share);
                bound[c] = rho;
                if (best < 0)
                {
                    (best, bestRho, bestShare) = (c, rho, share);
                    continue;
                }
                switch (T.Compare(rho, bestRho))
                {
                    case Order.Less:
                    case Order.Equal when input.Rank[c] < input.Rank[best]:
                        (best, bestRho, bestShare) = (c, rho, share);
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
                result.MaxPayment[best] = bestShare.ToDecimal(6);
                result.Rho[best] = bestRho.ToDouble();
            }
            if (!Pay(best, bestShare, explain ? result : null))
            {
                return null;
            }
        }

        if (explain)
        {
            for (var c = 0; c < m; c++)
            {
                if (result.Round[c] == 0 && input.Supporters[c].Length > 0 && input.Costs[c] > 0)
                {
                    Evaluate(c, out _, out var behind);
                    result.MoneyBehind[c] = behind.ToDecimal(6);
                }
            }
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Rho(int project, T share) => _utility == UtilityKind.Cost ? T.Divide(share, _cost[project]) : share;

    private int NewClass(T budget)
    {
        if (_classes == _classBudget.Length)
        {
            var size = _classes * 2;
            Array.Resize(ref _classBudget, size);
            Array.Resize(ref _count, size);
            Array.Resize(ref _touched, size);
            var old = _remap.Length;
            Array.Resize(ref _remap, size);
            Array.Fill(_remap, -1, old, size - old);
        }
        _classBudget[_classes] = budget;
        return _classes++;
    }

    /// <summary>
    /// Counts the project's supporters per class into <c>_count</c> and lists the classes, sorted by
    /// budget, in <c>_touched</c>; returns how many classes.
    /// </summary>
    private int Histogram(int project)
    {
        var voterClass = _voterClass;
        var count = _count;
        var touched = _touched;
        var n = 0;
        foreach (var v in _input.Supporters[project])
        {
            var k = voterClass[v];
            if (count[k]++ == 0)
            {
                touched[n++] = k;
            }
        }
        if (n > 1)
        {
            touched.AsSpan(0, n).Sort(_byBudget);
        }
        return n;
    }

    /// <summary>
    /// The project's share: <see cref="Order.Less"/> if unaffordable, <see cref="Order.Greater"/> with
    /// <paramref name="share"/> if affordable, <see cref="Order.Unknown"/> if the arithmetic cannot tell.
    /// </summary>
    private Order Evaluate(int project, out T share, out T total)
    {
        share = default;
        var n = Histogram(project);
        var touched = _touched;
        var count = _count;
        var budget = _classBudget;
        total = T.Zero;
        for (var i = 0; i < n; i++)
        {
            var k = touched[i];
            if (!budget[k].IsExactZero)
            {
                total = T.Add(total, T.Multiply(budget[k], count[k]));
            }
        }
        var cost = _cost[project];
        var status = T.Compare(total, cost) switch
        {
            Order.Less => Order.Less,
            Order.Unknown => Order.Unknown,
            _ => Order.Greater,
        };
        if (status == Order.Greater)
        {
            status = Order.Unknown; // until a share is found
            var paid = T.Zero;
            long payers = _input.Supporters[project].Length;
            for (var i = 0; i < n && payers > 0; i++)
            {
                var k = touched[i];
                var candidate = T.Divide(T.Subtract(cost, paid), payers);
                var order = budget[k].IsExactZero ? Order.Greater : T.Compare(candidate, budget[k]);
                if (order == Order.Greater)
                {
                    // this class cannot pay the equal share: it pays all it has
                    paid = T.Add(paid, T.Multiply(budget[k], count[k]));
                    payers -= count[k];
                    continue;
                }
                if (order != Order.Unknown)
                {
                    share = candidate;
                    status = Order.Greater;
                }
                break;
            }
        }
        for (var i = 0; i < n; i++)
        {
            count[touched[i]] = 0;
        }
        return status;
    }

    /// <summary>Makes the supporters pay <paramref name="share"/> (or all they have); false if the arithmetic cannot tell.</summary>
    private bool Pay(int project, T share, EqualSharesRunResult? explain)
    {
        var voterClass = _voterClass;
        var remap = _remap;
        var count = _count;
        var touched = _touched;
        var n = 0;
        var ok = true;
        foreach (var v in _input.Supporters[project])
        {
            var k = voterClass[v];
            var next = remap[k];
            if (next < 0)
            {
                var budget = _classBudget[k];
                Order order = budget.IsExactZero ? Order.Less : T.Compare(budget, share);
                if (order == Order.Unknown)
                {
                    ok = false;
                    break;
                }
                next = order == Order.Greater ? NewClass(T.Subtract(budget, share)) : ZeroClass;
                remap = _remap; // NewClass may have grown the arrays
                count = _count;
                touched = _touched;
                remap[k] = next;
                touched[n++] = k;
            }
            voterClass[v] = next;
            count[k]++;
        }
        if (ok && explain is not null)
        {
            var shareDecimal = share.ToDecimal(6);
            var full = 0;
            var partial = new List<Payment>();
            for (var i = 0; i < n; i++)
            {
                var k = touched[i];
                if (remap[k] != ZeroClass || T.Compare(_classBudget[k], share) == Order.Equal)
                {
                    full += count[k];
                }
                else if (!_classBudget[k].IsExactZero)
                {
                    partial.Add(new Payment(_classBudget[k].ToDecimal(6), count[k]));
                }
                else
                {
                    partial.Add(new Payment(0m, count[k]));
                }
            }
            var payments = partial
                .GroupBy(p => p.Amount)
                .Select(g => new Payment(g.Key, g.Sum(p => p.Voters)))
                .ToList();
            var fullShare = payments.FindIndex(p => p.Amount == shareDecimal);
            if (fullShare >= 0)
            {
                full += payments[fullShare].Voters;
                payments.RemoveAt(fullShare);
            }
            if (full > 0)
            {
                payments.Add(new Payment(shareDecimal, full));
            }
            explain.Payments[project] = payments.OrderByDescending(p => p.Amount).ToList();
        }
        for (var i = 0; i < n; i++)
        {
            remap[touched[i]] = -1;
            count[touched[i]] = 0;
        }
        return ok;
    }
}

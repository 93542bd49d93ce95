using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// The selection as the solvers see it: volunteers grouped by identical feature values ("types"), the quotas as
/// lists of types, the panel size. Types are ordered by their values in category order.
/// </summary>
internal sealed class SelectionProblem
{
    private SelectionProblem(Categories categories, RespondentPool pool, int size, int[][] keys, int[][] members)
    {
        Categories = categories;
        Pool = pool;
        Size = size;
        TypeKeys = keys;
        TypeMembers = members;
        TypeSizes = members.Select(m => m.Length).ToArray();
        QuotaTypes = new int[categories.Quotas.Count][];
        var lists = Enumerable.Range(0, categories.Quotas.Count).Select(_ => new List<int>()).ToArray();
        for (var t = 0; t < keys.Length; t++)
        {
            foreach (var q in keys[t])
            {
                lists[q].Add(t);
            }
        }
        for (var q = 0; q < lists.Length; q++)
        {
            QuotaTypes[q] = lists[q].ToArray();
        }
        Min = categories.Quotas.Select(q => q.Min).ToArray();
        Max = categories.Quotas.Select(q => q.Max).ToArray();
    }

    public Categories Categories { get; }

    public RespondentPool Pool { get; }

    public int Size { get; }

    /// <summary>Per type, the quota index of its value for each feature.</summary>
    public int[][] TypeKeys { get; }

    /// <summary>Per type, indices into <see cref="RespondentPool.Respondents"/>, ordered by id.</summary>
    public int[][] TypeMembers { get; }

    public int[] TypeSizes { get; }

    /// <summary>Per quota, the types that have its value.</summary>
    public int[][] QuotaTypes { get; }

    public int[] Min { get; }

    public int[] Max { get; }

    public int TypeCount => TypeKeys.Length;

    /// <summary>Volunteers available per quota.</summary>
    public int Available(int quota) => QuotaTypes[quota].Sum(t => TypeSizes[t]);

    /// <summary>Whether a composition (seats per type) has the panel size and meets every quota.</summary>
    public bool Satisfies(IReadOnlyList<int> seats) => Satisfies(seats, Min, Max);

    public bool Satisfies(IReadOnlyList<int> seats, int[] min, int[] max)
    {
        if (seats.Sum() != Size)
        {
            return false;
        }
        for (var t = 0; t < seats.Count; t++)
        {
            if (seats[t] < 0 || seats[t] > TypeSizes[t])
            {
                return false;
            }
        }
        for (var q = 0; q < QuotaTypes.Length; q++)
        {
            var count = QuotaTypes[q].Sum(t => seats[t]);
            if (count < min[q] || count > max[q])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Groups the pool; every respondent must have a listed value for every feature (the reader checks this).</summary>
    public static SelectionProblem Create(Categories categories, RespondentPool pool, int size)
    {
        var groups = new Dictionary<string, (int[] Key, List<int> Members)>(StringComparer.Ordinal);
        for (var r = 0; r < pool.Respondents.Count; r++)
        {
            var respondent = pool.Respondents[r];
            var key = categories.Features.Select(f => categories.IndexOf(f, respondent.ValueOf(f))).ToArray();
            if (key.Any(k => k < 0))
            {
                throw new ArgumentException($"Respondent '{respondent.Id}' heeft een waarde die niet in de categorieën staat.", nameof(pool));
            }
            var text = string.Join(',', key);
            if (!groups.TryGetValue(text, out var group))
            {
                group = (key, new List<int>());
                groups[text] = group;
            }
            group.Members.Add(r);
        }
        var ordered = groups.Values
            .OrderBy(g => g.Key, Comparer<int[]>.Create(CompareKeys))
            .ToArray();
        return new SelectionProblem(
            categories,
            pool,
            size,
            ordered.Select(g => g.Key).ToArray(),
            ordered.Select(g => g.Members.OrderBy(m => pool.Respondents[m].Id, StringComparer.Ordinal).ToArray()).ToArray());
    }

    private static int CompareKeys(int[] a, int[] b)
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
}

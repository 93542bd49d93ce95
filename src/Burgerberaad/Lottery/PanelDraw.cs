using Participatie.Burgerberaad.Selection;

namespace Participatie.Burgerberaad.Lottery;

/// <summary>
/// Draws one panel from a LEXIMIN distribution with a seed, and optionally reserves (docs/burgerberaad.md, "The draw").
/// <list type="number">
/// <item>One uniform number u picks the composition: the first in <see cref="LeximinResult.Distribution"/> order whose
/// cumulative probability exceeds u.</item>
/// <item>For each group in order with s seats: a partial Fisher–Yates shuffle of the group's members (ordered by id)
/// picks s of them: for i = 0 … s−1 swap position i with i + NextInt(n − i).</item>
/// <item>Reserves: the distribution restricted to compositions that still hold a seat for someone not yet drawn,
/// renormalised; one composition is drawn from it, each of its groups gives min(seats, members left) members not yet
/// drawn (same partial shuffle), the batch is put in random order (Fisher–Yates) and appended; repeat until enough
/// reserves or nobody selectable is left.</item>
/// </list>
/// </summary>
public static class PanelDraw
{
    public static DrawnPanel Draw(LeximinResult result, long seed, int reserves = 0)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(reserves);
        var stream = new SeededStream(seed);
        var remaining = result.Groups.Select(g => g.MemberIds.ToList()).ToArray();
        var all = Enumerable.Range(0, result.Distribution.Count).ToList();
        var composition = Pick(result, all, stream.NextUniform());
        var panel = TakeMembers(result.Distribution[composition], remaining, stream);

        var reserveList = new List<string>();
        while (reserveList.Count < reserves)
        {
            var eligible = all.Where(c => result.Distribution[c].Seats.Select((s, g) => s > 0 && remaining[g].Count > 0).Any(x => x)).ToList();
            if (eligible.Count == 0)
            {
                break;
            }
            var batch = TakeMembers(result.Distribution[Pick(result, eligible, stream.NextUniform())], remaining, stream);
            Shuffle(batch, stream);
            reserveList.AddRange(batch.Take(reserves - reserveList.Count));
        }

        var order = result.Pool.Respondents.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return new DrawnPanel(seed, composition, panel.OrderBy(id => order[id]).ToArray(), reserveList);
    }

    private static int Pick(LeximinResult result, List<int> candidates, double u)
    {
        var total = candidates.Sum(c => result.Distribution[c].Probability);
        var cumulative = 0.0;
        foreach (var c in candidates)
        {
            cumulative += result.Distribution[c].Probability / total;
            if (u < cumulative)
            {
                return c;
            }
        }
        return candidates[^1];
    }

    private static List<string> TakeMembers(PanelComposition composition, List<string>[] remaining, SeededStream stream)
    {
        var taken = new List<string>();
        for (var g = 0; g < composition.Seats.Count; g++)
        {
            var members = remaining[g];
            var seats = Math.Min(composition.Seats[g], members.Count);
            for (var i = 0; i < seats; i++)
            {
                var j = i + stream.NextInt(members.Count - i);
                (members[i], members[j]) = (members[j], members[i]);
            }
            taken.AddRange(members.Take(seats));
            members.RemoveRange(0, seats);
            // Keep the rest in id order so that later draws do not depend on this shuffle's leftovers.
            members.Sort(StringComparer.Ordinal);
        }
        return taken;
    }

    private static void Shuffle(List<string> items, SeededStream stream)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = stream.NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

namespace Participatie.Bot.Recognizers;

/// <summary>Damerau–Levenshtein distance (optimal string alignment) for typo tolerance.</summary>
public static class EditDistance
{
    /// <summary>The number of insertions, deletions, substitutions and adjacent swaps turning <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>How many typos a word of this length may have and still count as the same word.</summary>
    public static int Tolerance(int length) => length switch
    {
        <= 3 => 0,
        <= 6 => 1,
        _ => 2,
    };

    /// <summary>True when <paramref name="typed"/> equals <paramref name="known"/> up to the tolerated number of typos.</summary>
    public static bool IsCloseTo(string typed, string known)
    {
        if (typed == known)
        {
            return true;
        }

        var tolerance = Tolerance(known.Length);
        if (tolerance == 0 || Math.Abs(typed.Length - known.Length) > tolerance || typed.Length > 64)
        {
            return false;
        }

        return Between(typed, known) <= tolerance;
    }
}

namespace Participatie.Host.Features.Analyse;

/// <summary>
/// The few statistics the reports use, chosen for small numbers of cases (about 40 interventions):
/// Wilson intervals for shares and a percentile bootstrap, with a fixed seed, for a difference in means.
/// Everything is deterministic: the same data always gives the same figures.
/// </summary>
public static class Statistiek
{
    /// <summary>Seed of the bootstrap; fixed so reports do not change between runs.</summary>
    public const int BootstrapSeed = 20141101;

    public const int BootstrapHerhalingen = 4000;

    /// <summary>Wilson score interval (95%) for <paramref name="treffers"/> out of <paramref name="n"/>; null when n is 0.</summary>
    public static Interval? Wilson(int treffers, int n, double z = 1.959964)
    {
        if (n <= 0)
        {
            return null;
        }

        var p = (double)treffers / n;
        var z2 = z * z;
        var noemer = 1 + z2 / n;
        var midden = (p + z2 / (2 * n)) / noemer;
        var marge = z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / noemer;
        return new Interval(Math.Max(0, midden - marge), Math.Min(1, midden + marge));
    }

    public static double? Gemiddelde(IReadOnlyCollection<double> waarden) => waarden.Count == 0 ? null : waarden.Average();

    /// <summary>Median; null for no values.</summary>
    public static double? Mediaan(IEnumerable<double> waarden)
    {
        var sorted = waarden.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Percentile with linear interpolation, <paramref name="p"/> in 0–1; null for no values.</summary>
    public static double? Percentiel(IEnumerable<double> waarden, double p)
    {
        var sorted = waarden.Order().ToArray();
        return sorted.Length == 0 ? null : PercentielGesorteerd(sorted, p);
    }

    /// <summary>
    /// 95% percentile-bootstrap interval for mean(<paramref name="met"/>) − mean(<paramref name="zonder"/>):
    /// both groups are resampled with replacement, <see cref="BootstrapHerhalingen"/> times, from a fixed seed.
    /// </summary>
    public static Interval BootstrapVerschil(IReadOnlyList<double> met, IReadOnlyList<double> zonder, int herhalingen = BootstrapHerhalingen, int seed = BootstrapSeed)
    {
        if (met.Count == 0 || zonder.Count == 0)
        {
            throw new ArgumentException("Beide groepen moeten minstens één waarde hebben.");
        }

        var random = new Random(seed);
        var verschillen = new double[herhalingen];
        for (var b = 0; b < herhalingen; b++)
        {
            verschillen[b] = Trek(met, random) - Trek(zonder, random);
        }

        Array.Sort(verschillen);
        return new Interval(PercentielGesorteerd(verschillen, 0.025), PercentielGesorteerd(verschillen, 0.975));
    }

    private static double Trek(IReadOnlyList<double> waarden, Random random)
    {
        var som = 0.0;
        for (var i = 0; i < waarden.Count; i++)
        {
            som += waarden[random.Next(waarden.Count)];
        }

        return som / waarden.Count;
    }

    private static double PercentielGesorteerd(double[] sorted, double p)
    {
        var positie = p * (sorted.Length - 1);
        var onder = (int)Math.Floor(positie);
        var boven = (int)Math.Ceiling(positie);
        return sorted[onder] + (sorted[boven] - sorted[onder]) * (positie - onder);
    }
}

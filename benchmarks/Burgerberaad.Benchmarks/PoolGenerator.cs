using System.Globalization;
using System.Text;

namespace Participatie.Burgerberaad.Benchmarks;

/// <summary>
/// A deterministic synthetic burgerberaad: six features with population shares, volunteers skewed the way real
/// sign-ups are (older, higher educated, more often "eerder betrokken"), quotas = population share × panel size,
/// rounded down and up, widened by one seat on each side. Writes stratification-app CSV text.
/// </summary>
internal static class PoolGenerator
{
    private sealed record Feature(string Name, string[] Values, double[] Population, double[] Volunteers);

    private static readonly Feature[] Features =
    [
        new("gender", ["female", "male", "other"], [0.50, 0.48, 0.02], [0.55, 0.44, 0.01]),
        new("age", ["16-29", "30-44", "45-64", "65+"], [0.22, 0.24, 0.32, 0.22], [0.10, 0.18, 0.37, 0.35]),
        new("buurt", ["Centrum", "Noord", "Oost", "Zuid", "West", "Haven"], [0.18, 0.20, 0.17, 0.19, 0.16, 0.10], [0.25, 0.18, 0.15, 0.20, 0.15, 0.07]),
        new("education", ["low", "middle", "high"], [0.30, 0.40, 0.30], [0.15, 0.35, 0.50]),
        new("eerder_betrokken", ["ja", "nee"], [0.15, 0.85], [0.40, 0.60]),
        new("income", ["laag", "midden", "hoog"], [0.30, 0.45, 0.25], [0.20, 0.45, 0.35]),
    ];

    public static (string Categories, string Respondents) Generate(int volunteers, int panelSize, int seed)
    {
        var random = new Random(seed);
        var categories = new StringBuilder("feature,value,min,max\n");
        foreach (var feature in Features)
        {
            for (var v = 0; v < feature.Values.Length; v++)
            {
                var target = feature.Population[v] * panelSize;
                var min = Math.Max(0, (int)Math.Floor(target) - 1);
                var max = (int)Math.Ceiling(target) + 1;
                categories.Append(CultureInfo.InvariantCulture, $"{feature.Name},{feature.Values[v]},{min},{max}\n");
            }
        }
        var respondents = new StringBuilder("id," + string.Join(',', Features.Select(f => f.Name)) + ",signup_order\n");
        for (var i = 0; i < volunteers; i++)
        {
            var values = new string[Features.Length];
            for (var f = 0; f < Features.Length; f++)
            {
                var shares = Features[f].Volunteers.ToArray();
                // Education and income follow age a little: the young less often "high", the old less often "hoog".
                if (f == 3 && values[1] == "16-29")
                {
                    shares = [0.25, 0.45, 0.30];
                }
                if (f == 5 && values[3] == "high")
                {
                    shares = [0.10, 0.40, 0.50];
                }
                values[f] = Features[f].Values[Pick(random, shares)];
            }
            respondents.Append(CultureInfo.InvariantCulture, $"v{i + 1:D4},{string.Join(',', values)},{i + 1}\n");
        }
        return (categories.ToString(), respondents.ToString());
    }

    private static int Pick(Random random, double[] shares)
    {
        var u = random.NextDouble() * shares.Sum();
        for (var i = 0; i < shares.Length; i++)
        {
            u -= shares[i];
            if (u < 0)
            {
                return i;
            }
        }
        return shares.Length - 1;
    }
}

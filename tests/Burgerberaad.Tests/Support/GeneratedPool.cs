using System.Globalization;
using System.Text;

namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>
/// A deterministic mid-size pool (three features, skewed sign-ups) with quotas around equal population shares per
/// value, widened by one seat (so over-represented groups get lower chances and the LEXIMIN has several levels): large enough that the column generation needs many rounds and columns, small enough for a unit test.
/// </summary>
public static class GeneratedPool
{
    public static SmallPools.SmallPool Create(int volunteers, int size, int seed)
    {
        var features = new (string Name, string[] Values, double[] Weights)[]
        {
            ("gender", ["vrouw", "man", "anders"], [0.45, 0.5, 0.05]),
            ("age", ["16-29", "30-44", "45-64", "65+"], [0.1, 0.2, 0.35, 0.35]),
            ("buurt", ["centrum", "noord", "oost", "zuid", "west"], [0.3, 0.1, 0.2, 0.25, 0.15]),
        };
        var random = new Random(seed);
        var respondents = new StringBuilder("id," + string.Join(',', features.Select(f => f.Name)) + "\n");
        var counts = features.Select(f => new int[f.Values.Length]).ToArray();
        for (var i = 1; i <= volunteers; i++)
        {
            var row = new List<string> { $"p{i}" };
            for (var f = 0; f < features.Length; f++)
            {
                var pick = Pick(random, features[f].Weights);
                counts[f][pick]++;
                row.Add(features[f].Values[pick]);
            }
            respondents.Append(string.Join(',', row)).Append('\n');
        }
        var categories = new StringBuilder("feature,value,min,max\n");
        for (var f = 0; f < features.Length; f++)
        {
            for (var v = 0; v < features[f].Values.Length; v++)
            {
                var share = (double)size / features[f].Values.Length;
                var min = Math.Max(0, (int)Math.Floor(share) - 1);
                var max = Math.Min(counts[f][v], (int)Math.Ceiling(share) + 1);
                categories.Append(CultureInfo.InvariantCulture, $"{features[f].Name},{features[f].Values[v]},{min},{max}\n");
            }
        }
        return new SmallPools.SmallPool($"generated-{volunteers}-{size}-{seed}", categories.ToString(), respondents.ToString(), size);
    }

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }
}

using System.Globalization;
using System.Text;

namespace Participatie.Rules.Benchmarks;

/// <summary>Deterministic synthetic inputs: Discount customers (3 inputs per line) and CBS-like buurten.</summary>
public static class InputGenerator
{
    private static readonly string[] Countries = ["india", "canada", "usa", "france", "netherlands"];

    public static IEnumerable<string> DiscountLines(int count)
    {
        var random = new Random(42);
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < count; i++)
        {
            var country = Countries[random.Next(Countries.Length)];
            var loyalty = random.Next(0, 6);
            var purchases = random.Next(0, 150_000);
            var orders = random.Next(0, 30);
            var visits = random.Next(0, 40);
            yield return $"[{{\"name\":\"klant{i}\",\"email\":\"k{i}@example.org\",\"creditHistory\":\"good\",\"country\":\"{country}\",\"loyaltyFactor\":{loyalty},\"totalPurchasesToDate\":{purchases}}},"
                + $"{{\"totalOrders\":{orders},\"recurringItems\":{random.Next(0, 5)}}},"
                + $"{{\"noOfVisitsPerMonth\":{visits},\"percentageOfBuyingToVisit\":{random.Next(0, 100)}}}]";
            _ = inv;
        }
    }

    public static IEnumerable<string> BuurtLines(int count)
    {
        var random = new Random(7);
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < count; i++)
        {
            var huishoudens = random.Next(20, 4000);
            var corporatie = Math.Round(random.NextDouble() * 70, 1);
            var sb = new StringBuilder();
            sb.Append("{\"Code\":\"BU").Append((10000000 + i).ToString(inv)).Append('"');
            sb.Append(",\"Naam\":\"Buurt ").Append(i.ToString(inv)).Append('"');
            sb.Append(",\"WijkNaam\":\"Wijk ").Append((i / 12).ToString(inv)).Append('"');
            sb.Append(",\"Inwoners\":").Append((huishoudens * 2 + random.Next(0, 500)).ToString(inv));
            sb.Append(",\"Huishoudens\":").Append(huishoudens.ToString(inv));
            sb.Append(",\"AandeelHuurwoningen\":").Append(Math.Min(100, corporatie + Math.Round(random.NextDouble() * 25, 1)).ToString(inv));
            sb.Append(",\"AandeelCorporatiewoningen\":").Append(corporatie.ToString("0.0", inv));
            sb.Append(",\"GemiddeldInkomen\":").Append(Math.Round(18 + random.NextDouble() * 30, 1).ToString("0.0", inv));
            sb.Append(",\"AandeelUitkeringen\":").Append(Math.Round(random.NextDouble() * 35, 1).ToString("0.0", inv));
            sb.Append(",\"LeefbaarheidScore\":").Append(Math.Round(2 + random.NextDouble() * 7, 2).ToString("0.00", inv));
            sb.Append(",\"SesScore\":").Append(Math.Round(-1.5 + random.NextDouble() * 2.5, 3).ToString("0.000", inv));
            sb.Append(",\"AantalActieveInitiatieven\":").Append(random.Next(0, 8).ToString(inv));
            sb.Append(",\"AantalBuurthuizen\":").Append(random.Next(0, 3).ToString(inv));
            sb.Append(",\"HeeftWijkraad\":").Append(random.Next(2) == 0 ? "true" : "false");
            sb.Append('}');
            yield return sb.ToString();
        }
    }

    /// <summary>A workflow with <paramref name="count"/> distinct rules over the Discount inputs.</summary>
    public static string ThousandRuleWorkflow(int count)
    {
        var sb = new StringBuilder("{\"WorkflowName\":\"groot\",\"Rules\":[");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            var expression = (i % 4) switch
            {
                0 => $"input1.loyaltyFactor > {i % 5} AND input1.totalPurchasesToDate >= {i * 10}",
                1 => $"input1.country == \\\"land{i}\\\" OR input2.totalOrders > {i % 17}",
                2 => $"input3.noOfVisitsPerMonth * 2 + {i} > input2.totalOrders",
                _ => $"input1.name.StartsWith(\\\"k\\\") && input1.loyaltyFactor != {i % 7}",
            };
            sb.Append("{\"RuleName\":\"R").Append(i).Append("\",\"Expression\":\"").Append(expression).Append("\"}");
        }
        sb.Append("]}");
        return sb.ToString();
    }

    public static void WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "discount-10000.jsonl"), DiscountLines(10_000));
        File.WriteAllLines(Path.Combine(directory, "buurten-14500.jsonl"), BuurtLines(14_500));
        File.WriteAllText(Path.Combine(directory, "groot-1000.json"), ThousandRuleWorkflow(1000));
    }
}

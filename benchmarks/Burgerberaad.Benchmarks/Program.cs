using System.Diagnostics;
using System.Globalization;
using Participatie.Burgerberaad.Benchmarks;
using Participatie.Burgerberaad.Cli;

// dotnet run -c Release --project benchmarks/Burgerberaad.Benchmarks -- [--volunteers 2000] [--size 40] [--pool-seed 1] [--rounds 1] [--time-limit SECONDS]
// dotnet run -c Release --project benchmarks/Burgerberaad.Benchmarks -- generate DIR [--volunteers N] [--size K]
// One-shot timing of the whole select command (read CSV, LEXIMIN, draw, JSON): a LEXIMIN run takes seconds, so a
// BenchmarkDotNet job of many iterations would not fit the 60-second budget this benchmark checks.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
var positional = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i][2..]] = args[++i];
    }
    else
    {
        positional.Add(args[i]);
    }
}
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var volunteers = Option("volunteers", 2000);
var size = Option("size", 40);
var poolSeed = Option("pool-seed", 1);
var rounds = Option("rounds", 1);
var timeLimit = Option("time-limit", 0);
var (categories, respondents) = PoolGenerator.Generate(volunteers, size, poolSeed);

if (positional.Count > 0 && positional[0] == "generate")
{
    var directory = positional.Count > 1 ? positional[1] : ".";
    Directory.CreateDirectory(directory);
    File.WriteAllText(Path.Combine(directory, "categories.csv"), categories);
    File.WriteAllText(Path.Combine(directory, "respondents.csv"), respondents);
    Console.WriteLine($"written to {directory}");
    return 0;
}

for (var round = 1; round <= rounds; round++)
{
    var watch = Stopwatch.StartNew();
    var result = SelectCommand.Run(new StringReader(categories), new StringReader(respondents), size, seed: 42,
        timeLimit: timeLimit > 0 ? TimeSpan.FromSeconds(timeLimit) : null);
    watch.Stop();
    if (!result.Succeeded)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, result.Diagnostics));
        return 1;
    }
    var leximin = result.Outcome!.Result!;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"round={round} volunteers={volunteers} features=6 size={size} groups={leximin.Groups.Count} levels={leximin.Statistics.Levels} " +
        $"pricing_rounds={leximin.Statistics.PricingRounds} columns={leximin.Statistics.Columns} cover_s={leximin.Statistics.CoverTime.TotalSeconds:0.00} " +
        $"master_s={leximin.Statistics.MasterTime.TotalSeconds:0.00} heuristic_s={leximin.Statistics.HeuristicTime.TotalSeconds:0.00} ip_s={leximin.Statistics.PricingTime.TotalSeconds:0.00} compositions={leximin.Distribution.Count} min_probability={leximin.MinProbability:0.######} " +
        $"never_selectable={leximin.NeverSelectable.Count} rebuilds={leximin.Statistics.MasterRebuilds} exact={leximin.IsExact} seconds={watch.Elapsed.TotalSeconds:0.00}"));
}
return 0;

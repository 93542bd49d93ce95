using Xunit.Abstractions;
using Xunit.Sdk;

namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>Runs scenarios through both engines and fails on any unlisted difference.</summary>
public static class BothEngines
{
    public static IReadOnlyList<Difference> Run(Scenario scenario) =>
        TreeComparer.Compare(OurRunner.Run(scenario), UpstreamRunner.Run(scenario), scenario);

    public static IReadOnlyList<Difference> AssertAgree(Scenario scenario, ITestOutputHelper? output = null)
    {
        var differences = Run(scenario);
        AssertListed(scenario, differences, output);
        return differences;
    }

    /// <summary>
    /// Registers <paramref name="scenario"/> once in each engine and runs every input set through both; the engines
    /// compile once, so thousands of input sets stay fast. Fails on the first input sets with unlisted differences.
    /// </summary>
    public static IReadOnlyList<Difference> AssertAgreeForEach(Scenario scenario, IEnumerable<IReadOnlyList<DifferentialInput>> inputSets, ITestOutputHelper? output = null)
    {
        var ours = OurRunner.Open(scenario, out var oursRefused);
        var upstream = UpstreamRunner.Open(scenario, out var upstreamRefused);
        if (ours is null || upstream is null)
        {
            return AssertAgree(scenario, output);
        }
        var all = new List<Difference>();
        var failures = new List<string>();
        var count = 0;
        foreach (var inputs in inputSets)
        {
            count++;
            var named = scenario with { Name = $"{scenario.Name} #{count}", Inputs = inputs };
            var differences = TreeComparer.Compare(ours.Run(inputs), upstream.Run(inputs), named);
            all.AddRange(differences);
            var unlisted = differences.Where(d => !d.IsListed).ToList();
            if (unlisted.Count > 0 && failures.Count < 5)
            {
                failures.Add(Describe(named, unlisted));
            }
        }
        output?.WriteLine($"{count} input sets; listed differences: "
            + string.Join(", ", all.Where(d => d.IsListed).GroupBy(d => d.Allowed).Select(g => $"{g.Key} ×{g.Count()}")));
        if (failures.Count > 0)
        {
            throw new XunitException($"{scenario.Name}: input sets with differences not in the list of allowed differences (docs/rules.md):\n\n"
                + string.Join("\n\n", failures));
        }
        return all;
    }

    /// <summary>Writes every difference to the test output and fails when one of them is not a listed difference.</summary>
    public static void AssertListed(Scenario scenario, IReadOnlyList<Difference> differences, ITestOutputHelper? output = null)
    {
        foreach (var difference in differences)
        {
            output?.WriteLine(difference.ToString());
        }
        var unlisted = differences.Where(d => !d.IsListed).ToList();
        if (unlisted.Count > 0)
        {
            throw new XunitException(Describe(scenario, unlisted));
        }
    }

    private static string Describe(Scenario scenario, IReadOnlyList<Difference> unlisted) =>
        $"{scenario.Name}: {unlisted.Count} difference(s) not in the list of allowed differences (docs/rules.md):\n"
        + string.Join("\n", unlisted) + "\ninputs: " + string.Join("; ", scenario.Inputs);
}

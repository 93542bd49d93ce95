using Xunit.Abstractions;
using Xunit.Sdk;

namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>Runs a scenario through both engines and fails on any unlisted difference.</summary>
public static class BothEngines
{
    public static IReadOnlyList<Difference> Run(Scenario scenario) =>
        TreeComparer.Compare(OurRunner.Run(scenario), UpstreamRunner.Run(scenario), scenario);

    public static IReadOnlyList<Difference> AssertAgree(Scenario scenario, ITestOutputHelper? output = null)
    {
        var differences = Run(scenario);
        foreach (var difference in differences)
        {
            output?.WriteLine(difference.ToString());
        }
        var unlisted = differences.Where(d => !d.IsListed).ToList();
        if (unlisted.Count > 0)
        {
            throw new XunitException($"{scenario.Name}: {unlisted.Count} difference(s) not in the list of allowed differences (docs/rules.md):\n"
                + string.Join("\n", unlisted) + "\ninputs: " + string.Join("; ", scenario.Inputs));
        }
        return differences;
    }
}

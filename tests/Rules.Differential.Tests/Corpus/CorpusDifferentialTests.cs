using Participatie.Rules.Differential.Tests.Harness;
using Participatie.Rules.Tests.Support;
using Xunit.Abstractions;

namespace Participatie.Rules.Differential.Tests.Corpus;

/// <summary>Every corpus case through both engines; a disagreement that is not a listed difference fails.</summary>
public sealed class CorpusDifferentialTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => new(CorpusScenarios.Names);

    [CorpusTheory]
    [MemberData(nameof(Cases))]
    public void Case_BothEngines_AgreeExceptListedDifferences(string name)
    {
        var scenario = CorpusScenarios.Get(name);
        BothEngines.AssertAgree(scenario, output);
    }
}

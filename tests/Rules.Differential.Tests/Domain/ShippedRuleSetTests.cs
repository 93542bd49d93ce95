using Participatie.Rules.Differential.Tests.Harness;
using Xunit.Abstractions;

namespace Participatie.Rules.Differential.Tests.Domain;

/// <summary>
/// Our shipped rule sets (workflows-json/rules) through both engines on demo-like inputs, typed as the Host gives them
/// and as JSON files give them.
/// </summary>
public sealed class ShippedRuleSetTests(ITestOutputHelper output)
{
    private const int Count = 150;

    private static string RuleSet(string file) => File.ReadAllText(Path.Combine(Participatie.Rules.Tests.Support.Corpus.RepositoryRoot, "workflows-json", "rules", file));

    private static Scenario Scenario(string file, string workflow) => new() { Name = file, WorkflowsJson = RuleSet(file), WorkflowName = workflow };

    [Fact]
    public void Buurtselectie_TypedBuurten_Agree() =>
        BothEngines.AssertAgreeForEach(Scenario("buurtselectie.json", "buurtselectie"), DomainInputs.Buurten(Count).Select(b => (IReadOnlyList<DifferentialInput>)[DomainInputs.Typed("buurt", b)]), output);

    [Fact]
    public void Buurtselectie_JsonBuurten_Agree() =>
        BothEngines.AssertAgreeForEach(Scenario("buurtselectie.json", "buurtselectie"), DomainInputs.Buurten(Count).Select(b => (IReadOnlyList<DifferentialInput>)[DomainInputs.AsJson("buurt", b)]), output);

    [Fact]
    public void Ondersteuning_TypedInitiatieven_Agree() =>
        BothEngines.AssertAgreeForEach(Scenario("ondersteuning.json", "ondersteuning"), DomainInputs.Initiatieven(Count).Select(i => (IReadOnlyList<DifferentialInput>)[DomainInputs.Typed("initiatief", i)]), output);

    [Fact]
    public void Ondersteuning_JsonInitiatieven_Agree() =>
        BothEngines.AssertAgreeForEach(Scenario("ondersteuning.json", "ondersteuning"), DomainInputs.Initiatieven(Count).Select(i => (IReadOnlyList<DifferentialInput>)[DomainInputs.AsJson("initiatief", i)]), output);

    [Fact]
    public void Routering_TypedInitiatieven_Agree() =>
        BothEngines.AssertAgreeForEach(Scenario("routering.json", "routering"), DomainInputs.Initiatieven(Count).Select(i => (IReadOnlyList<DifferentialInput>)[DomainInputs.Typed("initiatief", i)]), output);

    [Fact]
    public void Routering_JsonInitiatieven_Agree() =>
        BothEngines.AssertAgreeForEach(Scenario("routering.json", "routering"), DomainInputs.Initiatieven(Count).Select(i => (IReadOnlyList<DifferentialInput>)[DomainInputs.AsJson("initiatief", i)]), output);
}

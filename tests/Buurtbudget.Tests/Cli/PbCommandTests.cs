using Participatie.Buurtbudget.Cli;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Cli;

public sealed class PbCommandTests
{
    // equalshares.net example 1 as a pabulib file.
    private const string Example = """
        META
        key;value
        budget;1100
        vote_type;approval
        PROJECTS
        project_id;cost;name
        bike;700;bike path
        gym;400;outdoor gym
        park;250;new park
        playground;200;new playground
        library;100;library for kids
        VOTES
        voter_id;vote
        1;bike,gym
        2;bike,gym,park
        3;bike,gym
        4;bike,gym,park
        5;bike,gym,park
        6;bike,gym
        7;park,playground,library
        8;playground
        9;playground,library
        10;park,playground,library
        11;bike
        """;

    [Theory]
    [InlineData("greedy", null, null, """{"selected":["bike","gym"],"spent":1100}""")]
    [InlineData("mes", "cost", "none", """{"selected":["bike","library","playground"],"spent":1000}""")]
    [InlineData("mes", "cardinality", null, """{"selected":["gym","library","park","playground"],"spent":950}""")]
    [InlineData("mes", null, "add1", """{"selected":["bike","library","playground"],"spent":1000}""")]
    public void Run_Example1_PrintsTheExactJsonLine(string method, string? utility, string? completion, string json)
    {
        Assert.True(PbCommand.TryParseOptions(method, utility, completion, out var options, out var error), error);
        var result = PbCommand.Run(new StringReader(Example), options);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(json, result.Json);
    }

    [Fact]
    public void Run_DecimalBudget_PrintsSpentWithoutTrailingZeros()
    {
        var file = "META\nbudget;10.50\nvote_type;approval\nPROJECTS\nproject_id;cost\n9;2.50\n10;3.000\nVOTES\nvoter_id;vote\na;9,10\n";
        var result = PbCommand.Run(new StringReader(file), CountingMethod.Greedy);
        Assert.Equal("""{"selected":["10","9"],"spent":5.5}""", result.Json);
    }

    [Fact]
    public void Run_BadFile_ExitsWithOneAndLocatedDiagnostics()
    {
        var result = PbCommand.Run(new StringReader(Example.Replace("8;playground", "8;speeltuin", StringComparison.Ordinal)), new CountingOptions(CountingMethod.Greedy), "wijk.pb");
        Assert.Equal(1, result.ExitCode);
        Assert.Null(result.Json);
        Assert.Equal("wijk.pb(21,3): fout PB0304: Kiezer '8' stemt op project 'speeltuin', dat niet in PROJECTS staat.", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Run_ScoringFile_IsRefused()
    {
        // cumulative (points) files are counted: PbCommandPointsTests
        var file = "META\nbudget;10\nvote_type;scoring\nPROJECTS\nproject_id;cost\na;4\nVOTES\nvoter_id;vote;points\n1;a;5\n";
        var result = PbCommand.Run(new StringReader(file), CountingMethod.Greedy);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("PB0401", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("greedyy", null, null, "--method")]
    [InlineData("mes", "utility", null, "--utility")]
    [InlineData("mes", "cost", "add2", "--completion")]
    public void TryParseOptions_UnknownValue_NamesTheOption(string method, string? utility, string? completion, string option)
    {
        Assert.False(PbCommand.TryParseOptions(method, utility, completion, out _, out var error));
        Assert.StartsWith(option, error, StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Run_CorpusFileWithAdd1_StaysWithinBudget()
    {
        using var reader = File.OpenText(PabulibCorpus.PathOf("poland_warszawa_2018_subunit-wawer.pb"));
        var result = PbCommand.Run(reader, CountingMethod.EqualShares, UtilityKind.Cost, Completion.Add1);
        Assert.True(result.Outcome!.Spent <= result.Outcome.Budget);
        Assert.StartsWith("{\"selected\":[", result.Json, StringComparison.Ordinal);
    }
}

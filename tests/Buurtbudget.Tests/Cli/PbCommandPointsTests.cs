using Participatie.Buurtbudget.Cli;
using Participatie.Buurtbudget.Counting;

namespace Participatie.Buurtbudget.Tests.Cli;

/// <summary><c>pb run</c> on points files: greedy by points, mes with the points as utilities, unsupported combinations refused with a reason.</summary>
public sealed class PbCommandPointsTests
{
    // The worked example of PointsCountingTests as a file: greedy by points X, Y; mes (points) Z, Y.
    private const string Points = """
        META
        key;value
        budget;120
        vote_type;cumulative
        max_sum_points;4
        PROJECTS
        project_id;cost
        X;60
        Y;60
        Z;30
        VOTES
        voter_id;vote;points
        1;X,Z;3,1
        2;X,Y;1,3
        3;Y,Z;2,2
        """;

    [Theory]
    [InlineData("greedy", null, null, """{"selected":["X","Y"],"spent":120}""")]
    [InlineData("mes", null, null, """{"selected":["Y","Z"],"spent":90}""")]
    [InlineData("mes", "points", "none", """{"selected":["Y","Z"],"spent":90}""")]
    public void Run_PointsFile_PrintsTheExactJsonLine(string method, string? utility, string? completion, string json)
    {
        Assert.True(PbCommand.TryParseOptions(method, utility, completion, out var options, out var error), error);
        var result = PbCommand.Run(new StringReader(Points), options);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(json, result.Json);
    }

    [Theory]
    [InlineData("cost")]
    [InlineData("cardinality")]
    public void Run_PointsFileWithApprovalUtility_IsRefusedWithPB0402(string utility)
    {
        Assert.True(PbCommand.TryParseOptions("mes", utility, null, out var options, out _));
        var result = PbCommand.Run(new StringReader(Points), options, "punten.pb");
        Assert.Equal(1, result.ExitCode);
        Assert.Null(result.Json);
        var refused = Assert.Single(result.Diagnostics);
        Assert.Equal("PB0402", refused.Code);
        Assert.StartsWith("punten.pb", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("--utility points", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ApprovalFileWithPointsUtility_IsRefusedWithPB0402()
    {
        Assert.True(PbCommand.TryParseOptions("mes", "points", null, out var options, out _));
        var file = "META\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\na;4\nVOTES\nvoter_id;vote\n1;a\n";
        var result = PbCommand.Run(new StringReader(file), options);
        Assert.Equal("PB0402", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Run_PointsOverTheMaximum_ExitsWithOneAndALocatedError()
    {
        var result = PbCommand.Run(new StringReader(Points.Replace("1;X,Z;3,1", "1;X,Z;3,2", StringComparison.Ordinal)), CountingOptions.Greedy, "punten.pb");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("punten.pb(13,7): fout PB0314: Kiezer '1' geeft samen 5 punten, meer dan max_sum_points = 4.", Assert.Single(result.Diagnostics).ToString());
    }
}

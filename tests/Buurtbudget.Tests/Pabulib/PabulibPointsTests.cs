using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Pabulib;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Pabulib;

/// <summary>Points files (vote_type cumulative with min/max_points and min/max_sum_points): read, checked with located errors, written back.</summary>
public sealed class PabulibPointsTests
{
    private const string Good = """
        META
        key;value
        budget;100
        vote_type;cumulative
        max_sum_points;10
        max_points;6
        min_points;0
        PROJECTS
        project_id;cost;name
        1;60;Bankjes
        2;50;Speeltuin
        VOTES
        voter_id;vote;points
        a;1,2;6,4
        b;2;3
        """;

    [Fact]
    public void Read_GoodPointsFile_KeepsPointsAndCountsByThem()
    {
        var read = PabulibReader.ReadString(Good);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var election = read.File!.Election;
        Assert.Equal(VoteType.Cumulative, election.VoteType);
        Assert.Equal([6m, 4m], election.Voters[0].Points);
        // points: 1 has 6, 2 has 7 → 2 first (50, left 50), then 1 (60) does not fit
        var outcome = Counter.Count(election, CountingOptions.Greedy);
        Assert.Equal(["2"], outcome.Selected);
        Assert.Equal(7m, outcome.Explain("2").Points);
    }

    public static TheoryData<string, string, string, int, int> BadPoints() => new()
    {
        // name, replacement of "a;1,2;6,4", code, line, column
        { "negative", "a;1,2;-1,4", "PB0310", 14, 7 },
        { "not whole", "a;1,2;2.5,4", "PB0311", 14, 7 },
        { "over max_points", "a;1,2;4,7", "PB0312", 14, 9 },
        { "sum over max_sum_points", "a;1,2;6,5", "PB0314", 14, 7 },
        { "not a number", "a;1,2;zes,4", "PB0308", 14, 7 },
        { "count mismatch", "a;1,2;6", "PB0307", 14, 7 },
    };

    [Theory, MemberData(nameof(BadPoints))]
    public void Read_BadPoints_IsLocated(string name, string row, string code, int line, int column)
    {
        var read = PabulibReader.ReadString(Good.Replace("a;1,2;6,4", row, StringComparison.Ordinal), "punten.pb");
        Assert.True(read.HasErrors, name);
        var error = Assert.Single(read.Diagnostics, d => d.Severity == PabulibSeverity.Error);
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
        Assert.StartsWith($"punten.pb({line},{column}): fout {code}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnderMinimums_IsLocated()
    {
        var file = Good.Replace("min_points;0", "min_points;2\nmin_sum_points;4", StringComparison.Ordinal);
        var read = PabulibReader.ReadString(file.Replace("b;2;3", "b;2;2\nc;1;1", StringComparison.Ordinal));
        Assert.Equal(["PB0315", "PB0313"], read.Diagnostics.Where(d => d.Severity == PabulibSeverity.Error).Select(d => d.Code));
        Assert.Contains("minder dan min_sum_points = 4", read.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PointLimitNotWhole_IsLocatedAtTheMetaLine()
    {
        var read = PabulibReader.ReadString(Good.Replace("max_points;6", "max_points;zes", StringComparison.Ordinal));
        var error = Assert.Single(read.Diagnostics, d => d.Severity == PabulibSeverity.Error);
        Assert.Equal(("PB0108", 6), (error.Code, error.Line));
    }

    [Fact]
    public void RoundTrip_PointsFile_IsTheSameFile()
    {
        var first = PabulibReader.ReadString(Good).File!;
        var text = PabulibWriter.WriteToString(first);
        var second = PabulibReader.ReadString(text).File!;
        Assert.Equal(first.Meta, second.Meta);
        Assert.Equal(first.VoteRows.Select(r => r.Fields), second.VoteRows.Select(r => r.Fields));
        Assert.Equal(text, PabulibWriter.WriteToString(second));
    }

    [Fact]
    public void RoundTrip_RandomPointsElections_GiveTheSameBallotsAndOutcome()
    {
        var random = new Random(42);
        for (var i = 0; i < 100; i++)
        {
            var election = Elections.RandomPoints(random);
            using var writer = new StringWriter();
            PabulibWriter.Write(election, writer, [new("max_sum_points", "10"), new("max_points", "5")]);
            var read = PabulibReader.ReadString(writer.ToString());
            Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
            var back = read.File!.Election;
            Assert.Equal(VoteType.Cumulative, back.VoteType);
            Assert.Equal(election.Voters.Select(v => (v.Id, string.Join(',', v.Projects), string.Join(',', v.Points!))),
                back.Voters.Select(v => (v.Id, string.Join(',', v.Projects), string.Join(',', v.Points!))));
            var options = new CountingOptions(CountingMethod.EqualShares, UtilityKind.Points);
            Assert.Equal(Counter.Count(election, options).Selected, Counter.Count(back, options).Selected);
        }
    }
}

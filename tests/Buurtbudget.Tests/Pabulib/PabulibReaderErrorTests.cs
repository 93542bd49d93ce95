using Participatie.Buurtbudget.Pabulib;

namespace Participatie.Buurtbudget.Tests.Pabulib;

/// <summary>Bad files: each problem is reported with its code, line and column, and reading never throws.</summary>
public sealed class PabulibReaderErrorTests
{
    private const string Good = """
        META
        key;value
        budget;100
        vote_type;approval
        num_projects;2
        num_votes;2
        PROJECTS
        project_id;cost;name
        1;60;Bankjes
        2;50;"Speeltuin; groot"
        VOTES
        voter_id;vote
        a;1,2
        b;2
        """;

    public static TheoryData<string, string, string, int, int> BadFiles() => new()
    {
        // name, file, code, line, column
        { "empty", "", "PB0001", 1, 0 },
        { "no META first", "PROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\na;1\n", "PB0002", 1, 1 },
        { "section twice", Good.Replace("VOTES\nvoter_id;vote", "PROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote", StringComparison.Ordinal), "PB0003", 11, 1 },
        { "no VOTES", Good[..Good.IndexOf("VOTES", StringComparison.Ordinal)], "PB0004", 10, 0 },
        { "unterminated quote", Good.Replace("\"Speeltuin; groot\"", "\"Speeltuin; groot", StringComparison.Ordinal), "PB0006", 10, 6 },
        { "meta without value", Good.Replace("vote_type;approval", "vote_type", StringComparison.Ordinal), "PB0101", 4, 1 },
        { "meta key twice", Good.Replace("num_votes;2", "budget;200", StringComparison.Ordinal), "PB0102", 6, 1 },
        { "no budget", Good.Replace("budget;100\n", "", StringComparison.Ordinal), "PB0103", 13, 0 },
        { "budget with comma", Good.Replace("budget;100", "budget;100,5", StringComparison.Ordinal), "PB0104", 3, 0 },
        { "unknown vote type", Good.Replace("vote_type;approval", "vote_type;approvel", StringComparison.Ordinal), "PB0105", 4, 11 },
        { "no cost column", Good.Replace("project_id;cost;name", "project_id;kosten;name", StringComparison.Ordinal), "PB0201", 8, 1 },
        { "too few fields", Good.Replace("1;60;Bankjes", "1;60", StringComparison.Ordinal), "PB0202", 9, 0 },
        { "project twice", Good.Replace("2;50;", "1;50;", StringComparison.Ordinal), "PB0203", 10, 1 },
        { "cost not a number", Good.Replace("1;60;Bankjes", "1;zestig;Bankjes", StringComparison.Ordinal), "PB0204", 9, 3 },
        { "negative cost", Good.Replace("1;60;Bankjes", "1;-60;Bankjes", StringComparison.Ordinal), "PB0204", 9, 3 },
        { "no vote column", Good.Replace("voter_id;vote", "voter_id;stem", StringComparison.Ordinal), "PB0301", 12, 1 },
        { "voter twice", Good.Replace("b;2", "a;2", StringComparison.Ordinal), "PB0303", 14, 1 },
        { "unknown project", Good.Replace("a;1,2", "a;1,7", StringComparison.Ordinal), "PB0304", 13, 5 },
        { "project twice in vote", Good.Replace("a;1,2", "a;2,2", StringComparison.Ordinal), "PB0305", 13, 5 },
        { "header missing", Good.Replace("VOTES\nvoter_id;vote\na;1,2\nb;2", "VOTES", StringComparison.Ordinal), "PB0005", 11, 0 },
        { "empty project id", Good.Replace("1;60;Bankjes", ";60;Bankjes", StringComparison.Ordinal), "PB0205", 9, 1 },
        { "vote row too wide", Good.Replace("b;2", "b;2;extra", StringComparison.Ordinal), "PB0302", 14, 0 },
        { "empty voter id", Good.Replace("b;2", ";2", StringComparison.Ordinal), "PB0309", 14, 1 },
        { "points not a number", "META\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;4\nVOTES\nvoter_id;vote;points\n1;a;veel\n", "PB0308", 9, 5 },
        { "points missing", Good.Replace("vote_type;approval", "vote_type;cumulative", StringComparison.Ordinal), "PB0306", 12, 1 },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public void Read_BadFile_ReportsLocatedError(string name, string file, string code, int line, int column)
    {
        var result = PabulibReader.ReadString(file, "test.pb");

        Assert.True(result.HasErrors, name);
        Assert.Null(result.File);
        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Code == code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"test.pb({line}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GoodFile_HasNoDiagnosticsAndKeepsQuotedSemicolon()
    {
        var result = PabulibReader.ReadString(Good);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Speeltuin; groot", result.File!.Election.FindProject("2")!.Name);
        Assert.Equal(100m, result.File.Election.Budget);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsAllOfThemInFileOrder()
    {
        var file = Good.Replace("1;60;Bankjes", "1;x;Bankjes", StringComparison.Ordinal).Replace("b;2", "b;9", StringComparison.Ordinal);
        var result = PabulibReader.ReadString(file);
        Assert.Equal(["PB0204", "PB0304"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal([9, 14], result.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void Read_CountsDisagreeWithMeta_WarnsButReads()
    {
        var result = PabulibReader.ReadString(Good.Replace("num_votes;2", "num_votes;3", StringComparison.Ordinal));
        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PB0106", PabulibSeverity.Warning, 6), (warning.Code, warning.Severity, warning.Line));
    }

    [Fact]
    public void Read_ManyErrors_StopsAfterAHundred()
    {
        var file = "META\nbudget;10\nPROJECTS\nproject_id;cost\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"p{i};x\n"));
        var result = PabulibReader.ReadString(file);
        Assert.Equal(100, result.Diagnostics.Count(d => d.Code == "PB0204"));
        Assert.Equal("PB0007", result.Diagnostics[^1].Code);
    }

    [Fact]
    public void Read_NoVoteType_WarnsAndReadsApproval()
    {
        var result = PabulibReader.ReadString(Good.Replace("vote_type;approval\n", "", StringComparison.Ordinal));
        Assert.False(result.HasErrors);
        Assert.Equal("PB0107", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(Participatie.Buurtbudget.Model.VoteType.Approval, result.File!.Election.VoteType);
    }

    [Fact]
    public void Read_MetaWithoutKeyValueHeader_ReadsFirstRowAsData()
    {
        // Some pabulib files (e.g. Warsaw 2017 Grochów Centrum) have no "key;value" row.
        var result = PabulibReader.ReadString(Good.Replace("key;value\n", "", StringComparison.Ordinal));
        Assert.False(result.HasErrors);
        Assert.Equal("100", result.File!.GetMeta("budget"));
    }

    [Fact]
    public void Read_CumulativeBallots_KeepsPointsInOrder()
    {
        var file = """
            META
            key;value
            budget;10
            vote_type;cumulative
            PROJECTS
            project_id;cost
            a;4
            b;6
            VOTES
            voter_id;vote;points
            1;b,a;7,3
            2;a;10
            """;
        var result = PabulibReader.ReadString(file);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var voter = result.File!.Election.Voters[0];
        Assert.Equal(["b", "a"], voter.Projects);
        Assert.Equal([7m, 3m], voter.Points);
    }

    [Fact]
    public void Read_PointsDoNotMatchProjects_ReportsTheRow()
    {
        var file = "META\nbudget;10\nvote_type;scoring\nPROJECTS\nproject_id;cost\na;4\nVOTES\nvoter_id;vote;points\n1;a;1,2\n";
        var error = Assert.Single(PabulibReader.ReadString(file).Diagnostics, d => d.IsError);
        Assert.Equal(("PB0307", 9, 5), (error.Code, error.Line, error.Column));
    }
}

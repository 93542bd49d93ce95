using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Pabulib;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Pabulib;

public sealed class PabulibRoundTripTests
{
    public static TheoryData<string> Files => PabulibCorpus.Files();

    [CorpusTheory, MemberData(nameof(Files))]
    public void WriteThenRead_CorpusFile_KeepsEveryValue(string file)
    {
        var first = PabulibReader.ReadFile(PabulibCorpus.PathOf(file)).File!;
        var text = PabulibWriter.WriteToString(first);
        var second = PabulibReader.ReadString(text);

        Assert.False(second.HasErrors, string.Join("\n", second.Diagnostics));
        AssertSame(first, second.File!);
        Assert.Equal(text, PabulibWriter.WriteToString(second.File!));
    }

    [Fact]
    public void WriteThenRead_RandomElections_GiveTheSameElection()
    {
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var election = Elections.Random(random);
            using var writer = new StringWriter();
            PabulibWriter.Write(election, writer, [new("description", $"random {i}")]);
            var read = PabulibReader.ReadString(writer.ToString());
            Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
            AssertSameElection(election, read.File!.Election);
            Assert.Equal($"random {i}", read.File.GetMeta("description"));
        }
    }

    [Fact]
    public void WriteThenRead_AwkwardNamesAndPoints_SurviveQuoting()
    {
        var election = new Election(
            12.5m,
            [new Project("a", 2.25m, "Bankjes; \"groot\""), new Project("b", 10m, "  spaties  ")],
            [new Voter("1", ["b", "a"], [2m, 1.5m]), new Voter("2", [], [])],
            VoteType.Scoring);
        using var writer = new StringWriter();
        PabulibWriter.Write(election, writer);
        var read = PabulibReader.ReadString(writer.ToString());
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        AssertSameElection(election, read.File!.Election);
    }

    private static void AssertSame(PabulibFile expected, PabulibFile actual)
    {
        Assert.Equal(expected.Meta, actual.Meta);
        Assert.Equal(expected.ProjectColumns, actual.ProjectColumns);
        Assert.Equal(expected.ProjectRows.Select(r => r.Fields), actual.ProjectRows.Select(r => r.Fields));
        Assert.Equal(expected.VoteColumns, actual.VoteColumns);
        Assert.Equal(expected.VoteRows.Select(r => r.Fields), actual.VoteRows.Select(r => r.Fields));
        AssertSameElection(expected.Election, actual.Election);
    }

    private static void AssertSameElection(Election expected, Election actual)
    {
        Assert.Equal(expected.Budget, actual.Budget);
        Assert.Equal(expected.VoteType, actual.VoteType);
        Assert.Equal(expected.Projects, actual.Projects);
        Assert.Equal(expected.Voters.Count, actual.Voters.Count);
        for (var i = 0; i < expected.Voters.Count; i++)
        {
            Assert.Equal(expected.Voters[i].Id, actual.Voters[i].Id);
            Assert.Equal(expected.Voters[i].Projects, actual.Voters[i].Projects);
            Assert.Equal(expected.Voters[i].Points, actual.Voters[i].Points);
        }
    }
}

using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Counting;

public sealed class GreedyTests
{
    [Fact]
    public void Greedy_EqualVotes_OrdinallyFirstIdWins()
    {
        // "10" < "9" ordinally; both have 2 votes, only one fits.
        var election = Elections.Build(10m, 2, ("9", 10m, "1,2"), ("10", 10m, "1,2"));
        Assert.Equal(["10"], Counter.Count(election, CountingOptions.Greedy).Selected);
    }

    [Fact]
    public void Greedy_ProjectNoLongerFits_IsSkippedAndCheaperOnesStillFunded()
    {
        // A (3 votes, 60) fits; B (2 votes, 50) does not fit in 40; C (1 vote, 40) does.
        var election = Elections.Build(100m, 3, ("A", 60m, "1,2,3"), ("B", 50m, "1,2"), ("C", 40m, "1"));
        var outcome = Counter.Count(election, CountingOptions.Greedy);
        Assert.Equal(["A", "C"], outcome.Selected);
        Assert.Equal(100m, outcome.Spent);
        Assert.Equal(Verdict.DoesNotFit, outcome.Explain("B").Verdict);
        Assert.Equal(40m, outcome.Explain("B").BudgetLeft);
        Assert.Contains("niet gekozen", outcome.Explain("B").Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Greedy_ProjectWithoutVotes_IsNeverFunded()
    {
        var election = Elections.Build(100m, 1, ("A", 10m, "1"), ("B", 10m, ""));
        var outcome = Counter.Count(election, CountingOptions.Greedy);
        Assert.Equal(["A"], outcome.Selected);
        Assert.Equal(Verdict.NoVotes, outcome.Explain("B").Verdict);
    }

    [Fact]
    public void Counter_RankedElection_RequiresExplicitApprovalReading()
    {
        // Points (cumulative) ballots are counted by their points now (PointsCountingTests); ranked ones are not.
        var election = new Election(10m, [new Project("A", 5m)], [new Voter("v", ["A"])], VoteType.Ordinal);
        Assert.Throws<ArgumentException>(() => Counter.Count(election, CountingOptions.Greedy));
        Assert.Equal(["A"], Counter.Count(election.AsApproval(), CountingOptions.Greedy).Selected);
    }
}

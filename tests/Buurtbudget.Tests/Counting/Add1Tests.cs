using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Counting;

/// <summary>The Add1 completion as equalshares.net describes it, on elections small enough to follow by hand.</summary>
public sealed class Add1Tests
{
    private static readonly CountingOptions Add1 = new(CountingMethod.EqualShares, UtilityKind.Cost, Completion.Add1);
    private static readonly CountingOptions Add1U = new(CountingMethod.EqualShares, UtilityKind.Cost, Completion.Add1Utilitarian);
    private static readonly CountingOptions None = new(CountingMethod.EqualShares, UtilityKind.Cost);

    // Budget 21, 4 voters: 5.25 each. v1, v2 approve A (12); v3 approves B (7); v4 approves C (30),
    // which no voter can ever pay alone here and which makes the projects together cost more than
    // the budget (otherwise equalshares.net, and so this engine, would not run Add1 at all).
    private static Participatie.Buurtbudget.Model.Election TwoSteps() => Elections.Build(21m, 4,
        ("A", 12m, "1,2"),
        ("B", 7m, "3"),
        ("C", 30m, "4"));

    [Fact]
    public void EqualShares_TwoStepsWithoutCompletion_FundsNothing()
    {
        // 5.25 each: A has 10.5 < 12, B has 5.25 < 7, C 5.25 < 30.
        var outcome = Counter.Count(TwoSteps(), None);
        Assert.Empty(outcome.Selected);
        Assert.Equal(5.25m, outcome.Endowment);
    }

    [Fact]
    public void Add1_TwoSteps_RaisesFromWholeUnitsUntilExhaustive()
    {
        // Starts at floor(5.25) = 5: nothing; not exhaustive (A fits in 21).
        // 6 each: A affordable (12 = 2 × 6), B not (6 < 7): spends 12 ≤ 21, accepted; 9 left, B (7) fits.
        // 7 each: A and B (C still unaffordable): spends 19 ≤ 21, accepted; 2 left, nothing fits:
        // exhaustive, stop.
        var outcome = Counter.Count(TwoSteps(), Add1);
        Assert.Equal(["A", "B"], outcome.Selected);
        Assert.Equal(19m, outcome.Spent);
        Assert.Equal(7m, outcome.Endowment);
        Assert.Equal(2, outcome.Add1Steps);
    }

    [Fact]
    public void Add1_NextStepWouldOverspend_KeepsTheLastOutcomeThatFits()
    {
        // Budget 10, 2 voters (5 each): v1 approves A (6), v2 approves B (6).
        // 5 each: nothing. 6 each: A and B, 12 > 10: rejected, so the outcome stays empty.
        var election = Elections.Build(10m, 2, ("A", 6m, "1"), ("B", 6m, "2"));
        var outcome = Counter.Count(election, Add1);
        Assert.Empty(outcome.Selected);
        Assert.Equal(5m, outcome.Endowment);
        Assert.Equal(0, outcome.Add1Steps);
    }

    [Fact]
    public void Add1Utilitarian_NextStepWouldOverspend_FillsGreedilyByVotes()
    {
        // As above, then the greedy fill: A and B have 1 vote each, tie to the ordinally first id: A
        // (6 of 10); B no longer fits.
        var election = Elections.Build(10m, 2, ("A", 6m, "1"), ("B", 6m, "2"));
        var outcome = Counter.Count(election, Add1U);
        Assert.Equal(["A"], outcome.Selected);
        var a = outcome.Explain("A");
        Assert.Equal(Verdict.SelectedByCompletion, a.Verdict);
        Assert.Equal(10m, a.BudgetLeft);
        Assert.Equal(Verdict.Unaffordable, outcome.Explain("B").Verdict);
    }

    [Fact]
    public void Add1_EverythingFitsInTheBudget_RunsOnceLikeTheReference()
    {
        // equalshares.net skips Add1 when all projects together fit: budget 100, v1 approves A (30),
        // v2 approves B (60); 50 each funds A only. Add1U then adds B by votes.
        var election = Elections.Build(100m, 2, ("A", 30m, "1"), ("B", 60m, "2"));
        Assert.Equal(["A"], Counter.Count(election, Add1).Selected);
        Assert.Equal(0, Counter.Count(election, Add1).Add1Steps);
        Assert.Equal(["A", "B"], Counter.Count(election, Add1U).Selected);
    }

    [Fact]
    public void Add1_UnvotedProjectWouldFit_StopsWhenEveryVotedProjectIsFunded()
    {
        // A project without votes would keep the outcome from ever being exhaustive; Add1 stops once
        // every project that can be funded is funded. Budget 10, 1 voter (10): A (4) is funded; Z (5)
        // has no votes but fits in the 6 left; W (50, no votes) makes the total exceed the budget, so
        // Add1 does run. (equalshares.net's code would raise the budget forever here.)
        var election = Elections.Build(10m, 1, ("A", 4m, "1"), ("Z", 5m, ""), ("W", 50m, ""));
        var outcome = Counter.Count(election, Add1);
        Assert.Equal(["A"], outcome.Selected);
        Assert.Equal(Verdict.NoVotes, outcome.Explain("Z").Verdict);
    }
}

using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Counting;

/// <summary>Points ballots (vote_type cumulative): greedy by total points and Equal Shares with the points as utilities.</summary>
public sealed class PointsCountingTests
{
    private static readonly CountingOptions MesPoints = new(CountingMethod.EqualShares, UtilityKind.Points);

    // Budget 100. A 60, B 50, C 30, D 40. Points: v1 A5 B5, v2 B10, v3 C4 D6, v4 A10.
    // Totals A 15, B 15, C 4, D 6. Order A (tie with B: "A" first), B, D, C.
    // A fits (100 → 40); B 50 > 40 skipped; D 40 fits (40 → 0); C 30 > 0 skipped.
    private static Election GreedyExample() => Elections.Points(100m,
        [("A", 60m), ("B", 50m), ("C", 30m), ("D", 40m)],
        "A:5,B:5", "B:10", "C:4,D:6", "A:10");

    [Fact]
    public void Greedy_ByTotalPoints_TieToFirstIdAndSkipsWhatNoLongerFits()
    {
        var outcome = Counter.Count(GreedyExample(), CountingOptions.Greedy);

        Assert.Equal(["A", "D"], outcome.Selected);
        Assert.Equal(100m, outcome.Spent);
        var b = outcome.Explain("B");
        Assert.Equal((Verdict.DoesNotFit, 15m, 2, 40m), (b.Verdict, b.Points!.Value, b.Votes, b.BudgetLeft!.Value));
        var c = outcome.Explain("C");
        Assert.Equal((Verdict.DoesNotFit, 4m, 0m), (c.Verdict, c.Points!.Value, c.BudgetLeft!.Value));
        Assert.Equal(100m, outcome.Explain("A").BudgetLeft);
        Assert.Equal("Project B niet gekozen: 15 punten van 2 kiezers, maar kosten 50 passen niet in het restbudget 40.", b.Describe());
        Assert.Equal("Project D gekozen: 6 punten van 1 kiezer, kosten 40, restbudget daarvoor 40.", outcome.Explain("D").Describe());
    }

    [Fact]
    public void Greedy_ZeroPointsOnTheBallot_IsNoSupport()
    {
        var election = Elections.Points(100m, [("A", 10m), ("B", 10m)], "A:3,B:0");
        var outcome = Counter.Count(election, CountingOptions.Greedy);
        Assert.Equal(["A"], outcome.Selected);
        Assert.Equal(Verdict.NoVotes, outcome.Explain("B").Verdict);
        Assert.Equal("Project B niet gekozen: geen punten.", outcome.Explain("B").Describe());
    }

    // Budget 120, three voters: 40 each. X 60, Y 60, Z 30.
    // v1: X3 Z1; v2: X1 Y3; v3: Y2 Z2.
    // Round 1 (price per point rho):
    //   X: weight 4, 60/4 = 15 > v1's 40/3 → v1 pays 40, 20 left over weight 1 → rho 20 (v2 has 40 ≥ 20).
    //   Y: weight 5, 60/5 = 12 ≤ v2's 40/3 and v3's 20 → rho 12.
    //   Z: weight 3, 30/3 = 10 ≤ v3's 20 and v1's 40 → rho 10.  Z wins: v1 pays 10 (30 left), v3 pays 20 (20 left).
    // Round 2:
    //   X: v1 30 + v2 40 = 70 ≥ 60; 60/4 = 15 > v1's 30/3 = 10 → v1 pays 30; 30 over weight 1 → rho 30.
    //   Y: v2 40 + v3 20 = 60 = cost; 60/5 = 12 > v3's 20/2 = 10 → v3 pays 20; 40 over weight 3 → 40/3,
    //      exactly v2's budget per point: v2 pays all 40. rho 13.33.  Y wins; v2 and v3 have 0.
    // Round 3: X: v1 30 + v2 0 = 30 < 60 → unaffordable, 30 behind.
    // Greedy by points would fund Y (5 points) and X (4 points) instead.
    private static Election MesExample() => Elections.Points(120m,
        [("X", 60m), ("Y", 60m), ("Z", 30m)],
        "X:3,Z:1", "X:1,Y:3", "Y:2,Z:2");

    [Fact]
    public void EqualShares_PointsAsUtilities_KnownAnswerWorkedByHand()
    {
        var election = MesExample();
        var outcome = Counter.Count(election, MesPoints);

        Assert.Equal(["Z", "Y"], outcome.Selected);
        Assert.Equal(90m, outcome.Spent);
        var z = outcome.Explain("Z");
        Assert.Equal((1, 10d, 3m), (z.Round!.Value, z.Rho!.Value, z.Points!.Value));
        Assert.Equal([new Payment(20m, 1), new Payment(10m, 1)], z.Payments);
        var y = outcome.Explain("Y");
        Assert.Equal(2, y.Round);
        Assert.Equal(40d / 3, y.Rho!.Value, 9);
        Assert.Equal([new Payment(40m, 1), new Payment(20m, 1)], y.Payments);
        var x = outcome.Explain("X");
        Assert.Equal((Verdict.Unaffordable, 30m, 4m), (x.Verdict, x.MoneyBehind!.Value, x.Points!.Value));
        Assert.Equal("Project X niet gekozen: 4 punten van 2 kiezers, maar wie punten gaf had samen nog 30 over, minder dan de kosten 60.", x.Describe());
        Assert.StartsWith("Project Z gekozen in ronde 1: 3 punten van 2 kiezers; kosten 30 betaald door wie punten gaf, 10 per punt", z.Describe(), StringComparison.Ordinal);

        Assert.Equal(["X", "Y"], Counter.Count(election, CountingOptions.Greedy).SelectedSorted);
    }

    [Fact]
    public void EqualShares_ExactTieOfBudgetAndDue_IsDecidedExactly()
    {
        // Round 2 of the example: v2's 40 against 3 × 40/3 is exactly equal; in doubles it is a near-tie.
        var outcome = Counter.Count(MesExample(), MesPoints);
        Assert.True(outcome.ExactRecounts >= 1, "the near-tie must be recounted in exact fractions");
        Assert.Equal(["Z", "Y"], outcome.Selected);
    }

    [Theory]
    [InlineData(UtilityKind.Cost)]
    [InlineData(UtilityKind.Cardinality)]
    public void EqualShares_PointsBallotWithCostOrCardinality_IsRefusedWithAReason(UtilityKind utility)
    {
        var error = Assert.Throws<ArgumentException>(() => Counter.Count(MesExample(), new CountingOptions(CountingMethod.EqualShares, utility)));
        Assert.Contains("punten als nut", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EqualShares_ApprovalBallotWithPointsUtility_IsRefusedWithAReason()
    {
        var election = Elections.Build(10m, 2, ("a", 5m, "1,2"));
        var error = Assert.Throws<ArgumentException>(() => Counter.Count(election, MesPoints));
        Assert.Contains("alleen bij puntenstemmen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoringBallots_AreStillRefused()
    {
        var election = new Election(10m, [new Project("a", 5m)], [new Voter("v", ["a"], [3m])], VoteType.Scoring);
        Assert.Throws<ArgumentException>(() => Counter.Count(election, CountingOptions.Greedy));
    }

    [Fact]
    public void Election_NegativeOrFractionalCumulativePoints_AreAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => Elections.Points(10m, [("a", 5m)], "a:-1"));
        Assert.Throws<ArgumentException>(() => Elections.Points(10m, [("a", 5m)], "a:1.5"));
    }

    public static TheoryData<CountingOptions> PointsRules()
    {
        var data = new TheoryData<CountingOptions> { CountingOptions.Greedy };
        foreach (var completion in new[] { Completion.None, Completion.Add1, Completion.Add1Utilitarian })
        {
            data.Add(new CountingOptions(CountingMethod.EqualShares, UtilityKind.Points, completion));
        }
        return data;
    }

    private static IEnumerable<Election> RandomPoints(int seed, int count = 300, int maxPerProject = 5)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Elections.RandomPoints(random, maxPerProject: maxPerProject);
        }
    }

    [Theory, MemberData(nameof(PointsRules))]
    public void AnyRule_RandomPointsElections_NeverExceedsBudgetAndPaysWinnersInFull(CountingOptions options)
    {
        foreach (var election in RandomPoints(20261207))
        {
            var outcome = Counter.Count(election, options);
            Assert.True(outcome.Spent <= election.Budget, $"{outcome.Spent} > {election.Budget}");
            Assert.Equal(outcome.Selected.Sum(id => election.FindProject(id)!.Cost), outcome.Spent);
            Assert.All(outcome.Selected, id => Assert.True(outcome.Explain(id).Points > 0));
            foreach (var winner in outcome.Projects.Where(p => p.Verdict == Verdict.Selected && p.Payments.Count > 0))
            {
                // payments are rounded to 6 decimals for display; they add up to the cost within that rounding
                var paid = winner.Payments.Sum(p => p.Amount * p.Voters);
                Assert.InRange(paid, winner.Cost - 0.0001m, winner.Cost + 0.0001m);
            }
        }
    }

    [Fact]
    public void Greedy_EveryPointOne_EqualsGreedyByApprovals()
    {
        foreach (var election in RandomPoints(99, maxPerProject: 1))
        {
            var byPoints = Counter.Count(election, CountingOptions.Greedy);
            var byApprovals = Counter.Count(election.AsApproval(), CountingOptions.Greedy);
            Assert.Equal(byApprovals.Selected, byPoints.Selected);
            Assert.Equal(byApprovals.Spent, byPoints.Spent);
        }
    }

    [Fact]
    public void EqualShares_EveryPointOne_EqualsCardinalityUtilitiesOnApprovals()
    {
        foreach (var election in RandomPoints(5, maxPerProject: 1))
        {
            var byPoints = Counter.Count(election, MesPoints);
            var byApprovals = Counter.Count(election.AsApproval(), new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cardinality));
            Assert.Equal(byApprovals.Selected, byPoints.Selected);
        }
    }

    [Fact]
    public void EqualShares_RandomPointsElections_EqualsTheDefinitionCountedVoterByVoter()
    {
        foreach (var election in RandomPoints(11))
        {
            var outcome = Counter.Count(election, MesPoints);
            Assert.Equal(NaivePointsEqualShares.Run(election, election.Budget, Math.Max(1, election.Voters.Count)), outcome.Selected);
        }
    }

    [Fact]
    public void EqualShares_Add1UOnPoints_OnlyAddsToAdd1ByPoints()
    {
        foreach (var election in RandomPoints(3, count: 150))
        {
            var add1 = Counter.Count(election, MesPoints with { Completion = Completion.Add1 });
            var add1u = Counter.Count(election, MesPoints with { Completion = Completion.Add1Utilitarian });
            Assert.True(add1.Spent <= election.Budget);
            Assert.Equal(add1.Selected, add1u.Selected.Take(add1.Selected.Count));
            foreach (var added in add1u.Selected.Skip(add1.Selected.Count))
            {
                Assert.Equal(Verdict.SelectedByCompletion, add1u.Explain(added).Verdict);
            }
        }
    }
}

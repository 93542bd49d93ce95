using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Counting;

/// <summary>
/// Worked examples of the published definition (equalshares.net "Explanation", examples 1 and 2;
/// the 51/49 red/blue example with which the Wikipedia article on the method motivates it; no
/// example from the Peters/Pierczyński/Skowron paper itself), each worked out by hand in the comments.
/// </summary>
public sealed class EqualSharesKnownAnswerTests
{
    private static readonly CountingOptions MesCost = new(CountingMethod.EqualShares, UtilityKind.Cost);
    private static readonly CountingOptions MesCardinality = new(CountingMethod.EqualShares, UtilityKind.Cardinality);

    // equalshares.net example 1: budget 1100, 11 voters, so 100 each.
    //   bike 700: v1-v6, v11 (7) | gym 400: v1-v6 (6) | park 250: v2,v4,v5,v7,v10 (5)
    //   playground 200: v7-v10 (4) | library 100: v7,v9,v10 (3)
    private static Election Example1() => Elections.Build(1100m, 11,
        ("bike", 700m, "1,2,3,4,5,6,11"),
        ("gym", 400m, "1,2,3,4,5,6"),
        ("park", 250m, "2,4,5,7,10"),
        ("playground", 200m, "7,8,9,10"),
        ("library", 100m, "7,9,10"));

    // Example 2: as example 1, but v11 votes for the gym instead of the bike path.
    private static Election Example2() => Elections.Build(1100m, 11,
        ("bike", 700m, "1,2,3,4,5,6"),
        ("gym", 400m, "1,2,3,4,5,6,11"),
        ("park", 250m, "2,4,5,7,10"),
        ("playground", 200m, "7,8,9,10"),
        ("library", 100m, "7,9,10"));

    [Fact]
    public void EqualSharesCost_Example1_SelectsBikePlaygroundLibrary()
    {
        // Round 1: effective vote counts bike 7, gym 6, park 5, playground 4, library 3: bike; its 7
        //   supporters pay 100 each and have nothing left.
        // Round 2: gym has no money behind it; park's supporters v7, v10 have 200 < 250: unaffordable.
        //   playground: 4 × 50 (count 4) beats library 3 × 33.33 (count 3).
        // Round 3: library: v7, v9, v10 have 50 each, pay 33.33 each.
        // End: park's supporters have 16.67 + 16.67 = 33.33 < 250.
        var outcome = Counter.Count(Example1(), MesCost);

        Assert.Equal(["bike", "playground", "library"], outcome.Selected);
        Assert.Equal(1000m, outcome.Spent);

        var bike = outcome.Explain("bike");
        Assert.Equal(1, bike.Round);
        Assert.Equal(100m, bike.MaxPayment);
        Assert.Equal([new Payment(100m, 7)], bike.Payments);
        Assert.Equal(1.0 / 7, bike.Rho!.Value, 12);
        Assert.Equal(
            "Project bike gekozen in ronde 1: 7 stemmen; kosten 700 betaald door de voorstanders, ieder hoogstens 100 (rho 0.142857); 7 × 100.",
            bike.Describe());

        Assert.Equal([new Payment(50m, 4)], outcome.Explain("playground").Payments);
        Assert.Equal([new Payment(33.333333m, 3)], outcome.Explain("library").Payments);

        var park = outcome.Explain("park");
        Assert.Equal(Verdict.Unaffordable, park.Verdict);
        Assert.Equal(33.333333m, park.MoneyBehind);
        Assert.Equal(0m, outcome.Explain("gym").MoneyBehind);
        Assert.Equal(
            "Project park niet gekozen: 5 stemmen, maar de voorstanders hadden samen nog 33.333333 over, minder dan de kosten 250.",
            park.Describe());
    }

    [Fact]
    public void EqualSharesCost_Example2_SplitsUnequallyAndSelectsGymParkPlayground()
    {
        // Round 1: gym (7 votes), 400/7 = 57.14 each; v1-v6, v11 keep 300/7 = 42.86.
        // Round 2: bike: 6 × 42.86 = 257 < 700, unaffordable. park 250: an equal 50 is too much for
        //   v2, v4, v5 (42.86): they pay 300/7 each, v7 and v10 split 250 − 900/7 = 850/7, i.e. 425/7 = 60.71
        //   each; effective count 250 / 60.71 = 4.12 > playground's 4. park.
        // Round 3: playground: v7, v10 have 275/7 = 39.29 and pay it; v8, v9 split 200 − 550/7 = 850/7:
        //   60.71 each, count 200 / 60.71 = 3.29 > library's 3 (100/3 each from 39.29, 100, 39.29). playground.
        // Round 4: library's supporters have 0 + 39.29 + 0 < 100: done.
        var outcome = Counter.Count(Example2(), MesCost);

        Assert.Equal(["gym", "park", "playground"], outcome.Selected);
        Assert.Equal(850m, outcome.Spent);
        Assert.Equal(60.714286m, outcome.Explain("park").MaxPayment);
        Assert.Equal([new Payment(60.714286m, 2), new Payment(42.857143m, 3)], outcome.Explain("park").Payments);
        Assert.Equal([new Payment(60.714286m, 2), new Payment(39.285714m, 2)], outcome.Explain("playground").Payments);
        Assert.Equal(Verdict.Unaffordable, outcome.Explain("library").Verdict);
        Assert.Equal(39.285714m, outcome.Explain("library").MoneyBehind);
    }

    [Fact]
    public void EqualSharesCardinality_Example1_ExactMoneyEqualToCostIsAffordable()
    {
        // Cardinality utilities: the lowest per-voter share wins.
        // Round 1: library 33.33 < park 50 = playground 50 < gym 66.67 < bike 100: library;
        //   v7, v9, v10 keep 66.67.
        // Round 2: park 250/5 = 50 and playground 200/4 = 50 tie: ordinal id "park" < "playground".
        //   (equalshares.net's recommended tie-break, lowest cost, would take the playground.)
        //   v2, v4, v5 keep 50; v7, v10 keep 16.67.
        // Round 3: gym: v2, v4, v5 pay 50, v1, v3, v6 split 250: 83.33. playground: v7, v10 pay
        //   16.67, v9 pays 66.67, v8 pays 100: share 100. bike: 3 × 100 + 3 × 50 + 100 = 550 < 700.
        //   gym (83.33).
        // Round 4: playground's supporters have exactly 1/6·100 + 1/6·100 + 2/3·100 + 100 = 200 = its cost
        //   (in floating point 199.99999999999997): affordable, v8 pays 100, the others all they have.
        var outcome = Counter.Count(Example1(), MesCardinality);

        Assert.Equal(["library", "park", "gym", "playground"], outcome.Selected);
        Assert.Equal(950m, outcome.Spent);
        Assert.Equal(100m, outcome.Explain("playground").MaxPayment);
        Assert.Equal(
            [new Payment(100m, 1), new Payment(66.666667m, 1), new Payment(16.666667m, 2)],
            outcome.Explain("playground").Payments);
        Assert.Equal(Verdict.Unaffordable, outcome.Explain("bike").Verdict);
        // the tie and the exact equality cannot be decided in floating point: counted exactly
        Assert.True(outcome.ExactRecounts > 0);
    }

    [Fact]
    public void Greedy_Example1_SelectsTheTwoSportsProjects()
    {
        // By votes: bike 7 (700, 400 left), gym 6 (400, 0 left); park, playground, library no longer fit.
        var outcome = Counter.Count(Example1(), CountingOptions.Greedy);

        Assert.Equal(["bike", "gym"], outcome.Selected);
        Assert.Equal(1100m, outcome.Spent);
        Assert.Equal(1100m, outcome.Explain("bike").BudgetLeft);
        Assert.Equal(400m, outcome.Explain("gym").BudgetLeft);
        var park = outcome.Explain("park");
        Assert.Equal(Verdict.DoesNotFit, park.Verdict);
        Assert.Equal(5, park.Votes);
        Assert.Equal(0m, park.BudgetLeft);
    }

    // Red/blue: 100 voters, budget 1000 (10 each); 51 voters approve the ten red projects, 49 the ten
    // blue ones, every project costs 100.
    private static Election RedBlue()
    {
        var projects = Enumerable.Range(1, 10).SelectMany(i => new[] { new Project($"red{i:00}", 100m), new Project($"blue{i:00}", 100m) }).ToList();
        var reds = projects.Where(p => p.Id.StartsWith("red", StringComparison.Ordinal)).Select(p => p.Id).ToList();
        var blues = projects.Where(p => p.Id.StartsWith("blue", StringComparison.Ordinal)).Select(p => p.Id).ToList();
        var voters = Enumerable.Range(0, 100).Select(i => new Voter($"v{i}", i < 51 ? reds : blues)).ToList();
        return new Election(1000m, projects, voters);
    }

    [Fact]
    public void Greedy_RedBlue_GivesEverythingToTheMajority()
    {
        // Red projects have 51 votes, blue 49: the ten red ones use the whole budget.
        var outcome = Counter.Count(RedBlue(), CountingOptions.Greedy);
        Assert.All(outcome.Selected, id => Assert.StartsWith("red", id, StringComparison.Ordinal));
        Assert.Equal(10, outcome.Selected.Count);
    }

    [Fact]
    public void EqualSharesCost_RedBlue_WithoutCompletionFundsFiveRedFourBlue()
    {
        // Red share 100/51 < blue share 100/49, so reds go first while the 51 red voters can pay:
        // 510 → 5 projects (10 left). Then the 49 blue voters: 490 → 4 projects (90 left < 100).
        var outcome = Counter.Count(RedBlue(), MesCost);
        Assert.Equal(5, outcome.Selected.Count(id => id.StartsWith("red", StringComparison.Ordinal)));
        Assert.Equal(4, outcome.Selected.Count(id => id.StartsWith("blue", StringComparison.Ordinal)));
        Assert.Equal(["red01", "red02", "red03", "red04", "red05"], outcome.Selected.Take(5));
        Assert.Equal(900m, outcome.Spent);
    }

    [Fact]
    public void EqualSharesCost_RedBlueWithAdd1_FundsFiveAndFiveProportionally()
    {
        // Add1 starts at 10 each (900 spent, not exhaustive: 100 left fits a project), tries 11 each:
        // reds 561 → 5 (61 left), blues 539 → 5 (39 left): 1000 ≤ 1000, accepted; exhaustive, stop.
        var outcome = Counter.Count(RedBlue(), MesCost with { Completion = Completion.Add1 });
        Assert.Equal(5, outcome.Selected.Count(id => id.StartsWith("red", StringComparison.Ordinal)));
        Assert.Equal(5, outcome.Selected.Count(id => id.StartsWith("blue", StringComparison.Ordinal)));
        Assert.Equal(1000m, outcome.Spent);
        Assert.Equal(11m, outcome.Endowment);
        Assert.Equal(1, outcome.Add1Steps);
    }
}

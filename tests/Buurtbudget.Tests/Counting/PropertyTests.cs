using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Counting;

/// <summary>Properties over many random elections from a fixed seed (the same elections on every run).</summary>
public sealed class PropertyTests
{
    private const int Cases = 400;

    public static TheoryData<CountingOptions> AllRules()
    {
        var data = new TheoryData<CountingOptions> { CountingOptions.Greedy };
        foreach (var utility in new[] { UtilityKind.Cost, UtilityKind.Cardinality })
        {
            foreach (var completion in new[] { Completion.None, Completion.Add1, Completion.Add1Utilitarian })
            {
                data.Add(new CountingOptions(CountingMethod.EqualShares, utility, completion));
            }
        }
        return data;
    }

    private static IEnumerable<Election> RandomElections(int seed, int count = Cases, int maxVoters = 30)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Elections.Random(random, maxVoters);
        }
    }

    [Theory, MemberData(nameof(AllRules))]
    public void AnyRule_RandomElections_NeverExceedsBudgetAndSpentIsTheSelectedCost(CountingOptions options)
    {
        foreach (var election in RandomElections(20261206))
        {
            var outcome = Counter.Count(election, options);
            Assert.True(outcome.Spent <= election.Budget, $"{outcome.Spent} > {election.Budget}");
            Assert.Equal(outcome.Selected.Sum(id => election.FindProject(id)!.Cost), outcome.Spent);
            Assert.Equal(outcome.Selected.Count, outcome.Selected.Distinct().Count());
            Assert.Equal(election.Projects.Count, outcome.Projects.Count);
            Assert.All(outcome.Selected, id => Assert.True(outcome.Explain(id).Selected));
        }
    }

    [Theory]
    [InlineData(UtilityKind.Cost)]
    [InlineData(UtilityKind.Cardinality)]
    public void EqualShares_RandomElections_EqualsTheDefinitionCountedVoterByVoter(UtilityKind utility)
    {
        // The oracle also asserts that each winner is paid in full by its supporters and nobody pays
        // more than they have (NaiveEqualShares).
        foreach (var election in RandomElections(7, maxVoters: 25))
        {
            var outcome = Counter.Count(election, new CountingOptions(CountingMethod.EqualShares, utility));
            Assert.Equal(NaiveEqualShares.Run(election, utility, election.Budget, Math.Max(1, election.Voters.Count)), outcome.Selected);
        }
    }

    [Theory]
    [InlineData(UtilityKind.Cost)]
    [InlineData(UtilityKind.Cardinality)]
    public void EqualShares_RandomElections_ExplainedPaymentsCoverEachWinnerWithinTheShare(UtilityKind utility)
    {
        foreach (var election in RandomElections(11))
        {
            var outcome = Counter.Count(election, new CountingOptions(CountingMethod.EqualShares, utility));
            foreach (var id in outcome.Selected)
            {
                var project = outcome.Explain(id);
                var paid = project.Payments.Sum(p => p.Amount * p.Voters);
                Assert.InRange(paid, project.Cost - 0.00001m * project.Votes, project.Cost + 0.00001m * project.Votes);
                Assert.Equal(project.Votes, project.Payments.Sum(p => p.Voters));
                Assert.All(project.Payments, p => Assert.True(p.Amount <= project.MaxPayment && p.Amount <= outcome.Endowment));
            }
            foreach (var project in outcome.Projects.Where(p => p.Verdict == Verdict.Unaffordable))
            {
                Assert.True(project.MoneyBehind < project.Cost);
            }
        }
    }

    [Fact]
    public void EqualSharesCost_EveryoneApprovesTheSameProjects_EqualsGreedy()
    {
        // With identical ballots every affordable project splits equally over all voters, so every
        // effective vote count is the number of voters: ties all the way, broken by ordinal id, and a
        // project is skipped exactly when the money left (the budget left) is less than its cost.
        var random = new Random(42);
        for (var i = 0; i < Cases; i++)
        {
            var generated = Elections.Random(random);
            var ballot = generated.Projects.Where(_ => random.Next(3) > 0).Select(p => p.Id).ToList();
            var election = new Election(
                generated.Budget,
                generated.Projects,
                Enumerable.Range(0, random.Next(1, 20)).Select(v => new Voter($"v{v}", ballot)).ToList());
            var greedy = Counter.Count(election, CountingOptions.Greedy);
            var mes = Counter.Count(election, new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost));
            // Greedy also funds approved projects that cost nothing; the method of equal shares leaves them out.
            Assert.Equal(greedy.Selected.Where(id => election.FindProject(id)!.Cost > 0), mes.Selected);
        }
    }

    [Theory]
    [InlineData(UtilityKind.Cost)]
    [InlineData(UtilityKind.Cardinality)]
    public void Add1_RandomElections_StopsWhereTheReferenceStops(UtilityKind utility)
    {
        // What the reference guarantees about Add1: it never overspends; it ends exhaustive, or with
        // every fundable project funded, or because one more unit each would overspend; Add1U only
        // adds projects to Add1's outcome; and when the budget splits into whole units and the plain
        // outcome is exhaustive, Add1 changes nothing.
        foreach (var election in RandomElections(99, count: 250))
        {
            var add1 = Counter.Count(election, new CountingOptions(CountingMethod.EqualShares, utility, Completion.Add1));
            var add1U = Counter.Count(election, new CountingOptions(CountingMethod.EqualShares, utility, Completion.Add1Utilitarian));
            var none = Counter.Count(election, new CountingOptions(CountingMethod.EqualShares, utility));
            Assert.True(add1.Spent <= election.Budget);
            Assert.Superset(add1.Selected.ToHashSet(), add1U.Selected.ToHashSet());
            Assert.True(add1U.Spent >= add1.Spent);

            if (election.Voters.Count == 0 || election.Projects.Sum(p => p.Cost) <= election.Budget)
            {
                Assert.Equal(none.Selected, add1.Selected);
                continue;
            }
            var left = election.Budget - add1.Spent;
            var exhaustive = election.Projects.All(p => add1.Selected.Contains(p.Id) || p.Cost > left);
            var allFundable = election.Projects
                .Where(p => p.Cost > 0 && election.Voters.Any(v => v.Projects.Contains(p.Id)))
                .All(p => add1.Selected.Contains(p.Id));
            if (!exhaustive && !allFundable)
            {
                var next = NaiveEqualShares.Run(election, utility, add1.Endowment!.Value + 1);
                Assert.True(next.Sum(id => election.FindProject(id)!.Cost) > election.Budget);
            }
            Assert.Equal(NaiveEqualShares.Run(election, utility, add1.Endowment!.Value), add1.Selected);

            var share = election.Budget / election.Voters.Count;
            var noneExhaustive = election.Projects.All(p => none.Selected.Contains(p.Id) || p.Cost > election.Budget - none.Spent);
            if (share == decimal.Floor(share) && noneExhaustive)
            {
                Assert.Equal(none.Selected, add1.Selected);
            }
        }
    }
}

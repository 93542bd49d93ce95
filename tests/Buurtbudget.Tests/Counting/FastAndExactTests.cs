using Participatie.Buurtbudget.Arithmetic;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Tests.Counting;

/// <summary>The floating-point count with error bounds decides only what exact arithmetic decides, and gives up otherwise.</summary>
public sealed class FastAndExactTests
{
    [Fact]
    public void Rational_FromDecimal_IsExact()
    {
        Assert.Equal("909337/2500", Rational.From(363.7348m).ToString());
        Assert.Equal(Order.Equal, Rational.Compare(Rational.Divide(Rational.From(100m), 3), Rational.Divide(Rational.From(200m), 6)));
        Assert.Equal(33.333333m, Rational.Divide(Rational.From(100m), 3).ToDecimal(6));
        Assert.Equal(-0.666667m, Rational.Divide(Rational.From(-2m), 3).ToDecimal(6));
    }

    [Fact]
    public void Approx_ValuesWithinTheirErrorBounds_CompareAsUnknown()
    {
        var third = Approx.Divide(Approx.From(100m), 3);
        var sum = Approx.Add(Approx.Add(third, third), third);
        Assert.Equal(Order.Unknown, Approx.Compare(sum, Approx.From(100m)));
        Assert.Equal(Order.Greater, Approx.Compare(sum, Approx.From(99.99m)));
        Assert.Equal(Order.Equal, Approx.Compare(Approx.From(3L), Approx.From(3L)));
    }

    [Fact]
    public void FastRun_IdenticalBallots_GivesUpInsteadOfGuessingTheTie()
    {
        var projects = new[] { new Project("b", 30m), new Project("a", 30m), new Project("c", 50m) };
        var voters = Enumerable.Range(0, 7).Select(i => new Voter($"v{i}", ["a", "b", "c"])).ToList();
        var input = new CountingInput(new Election(70m, projects, voters));

        Assert.Null(new EqualSharesRun<Approx>(input, UtilityKind.Cost).Run(70m, 7, explain: false));
        var exact = new EqualSharesRun<Rational>(input, UtilityKind.Cost).Run(70m, 7, explain: false)!;
        Assert.Equal(["a", "b"], exact.Winners.Select(c => input.Ids[c]));
    }

    [Theory]
    [InlineData(UtilityKind.Cost)]
    [InlineData(UtilityKind.Cardinality)]
    public void FastRun_LargerRandomElections_DecidesLikeExactArithmetic(UtilityKind utility)
    {
        // Many voters and uneven costs, as in real elections: the fast path decides (almost) always,
        // and whenever it decides it must agree with the exact count.
        var random = new Random(31);
        var decided = 0;
        for (var i = 0; i < 40; i++)
        {
            var projects = Enumerable.Range(0, random.Next(5, 25)).Select(j => new Project($"p{j}", random.Next(1_000, 90_000) + 0.01m * random.Next(100))).ToList();
            var popularity = projects.Select(_ => random.NextDouble() * 0.4).ToArray();
            var voters = Enumerable.Range(0, random.Next(200, 1500))
                .Select(v => new Voter($"v{v}", projects.Where((_, j) => random.NextDouble() < popularity[j]).Select(p => p.Id).ToList()))
                .ToList();
            var budget = 1000m * random.Next(50, 500) + 0.37m;
            var input = new CountingInput(new Election(budget, projects, voters));
            foreach (var (total, divisor) in new[] { (budget, (long)voters.Count), (decimal.Floor(budget / voters.Count) + 3, 1L) })
            {
                var fast = new EqualSharesRun<Approx>(input, utility).Run(total, divisor, explain: false);
                var exact = new EqualSharesRun<Rational>(input, utility).Run(total, divisor, explain: false)!;
                if (fast is not null)
                {
                    decided++;
                    Assert.Equal(exact.Winners, fast.Winners);
                    Assert.Equal(exact.Spent, fast.Spent);
                }
            }
        }
        Assert.True(decided >= 60, $"the fast path decided only {decided} of 80 counts");
    }
}

using Participatie.Burgerberaad.Diagnostics;
using Participatie.Burgerberaad.Model;
using Participatie.Burgerberaad.Selection;
using Participatie.Burgerberaad.Tests.Support;

namespace Participatie.Burgerberaad.Tests.Selection;

/// <summary>
/// The speed measures must not change the answer (the LEXIMIN probability vector is unique), and the time limit must
/// still give a valid lottery, clearly marked as not proven LEXIMIN.
/// </summary>
public sealed class LeximinOptionsTests
{
    private static readonly SmallPools.SmallPool Generated = GeneratedPool.Create(volunteers: 90, size: 10, seed: 7);

    public static TheoryData<string> Pools() => new(SmallPools.TwoFeatures.Name, SmallPools.WithOutsider.Name, SmallPools.Tight.Name, Generated.Name);

    private static SmallPools.SmallPool Get(string name) => name == Generated.Name ? Generated : SmallPools.Get(name);

    [Theory]
    [MemberData(nameof(Pools))]
    public void SmallMasterLp_AndNoSmoothing_GiveTheSameProbabilities(string name)
    {
        var (categories, pool) = SmallPools.Load(Get(name));
        var size = Get(name).Size;
        var reference = LeximinSelector.Select(categories, pool, size).Result!;

        foreach (var options in new[]
                 {
                     new LeximinOptions { MaxActiveColumns = 6 },
                     // Smoothing and the level's master LP are used level by level, so those runs skip the relaxation.
                     new LeximinOptions { MaxActiveColumns = 6, RelaxationFirst = false },
                     new LeximinOptions { MaxActiveColumns = 6, Smoothing = 0, RelaxationFirst = false },
                     new LeximinOptions { Smoothing = 0, RelaxationFirst = false },
                     new LeximinOptions { Smoothing = 0.9, RelaxationFirst = false },
                 })
        {
            var result = LeximinSelector.Select(categories, pool, size, options).Result!;

            Assert.True(result.IsExact);
            var expected = reference.Probabilities.ToDictionary(p => p.Key, p => p.Value);
            Assert.All(result.Probabilities, p => Assert.Equal(expected[p.Key], p.Value, 1e-6));
            AssertValidLottery(categories, result);
        }
    }

    [Fact]
    public void GeneratedPool_SmallMasterLp_IsRebuiltAndKeepsTheEnumeratedMinimum()
    {
        var (categories, pool) = SmallPools.Load(Generated);
        var reference = LeximinSelector.Select(categories, pool, Generated.Size).Result!;

        var result = LeximinSelector.Select(categories, pool, Generated.Size, new LeximinOptions { MaxActiveColumns = 6, RelaxationFirst = false }).Result!;

        Assert.True(result.Statistics.MasterRebuilds > 0, "de master-LP is nooit verkleind; de test bewijst dan niets");
        Assert.Equal(reference.MinProbability, result.MinProbability, 1e-7);
        Assert.True(reference.Statistics.Levels > 1, "één niveau: de start van een volgend niveau met minder kolommen wordt dan niet getoetst");
    }

    [Theory]
    [MemberData(nameof(Pools))]
    public void TimeLimitAtTheFirstRound_GivesAValidLotteryWithAWarning(string name)
    {
        var (categories, pool) = SmallPools.Load(Get(name));
        var size = Get(name).Size;
        var exact = LeximinSelector.Select(categories, pool, size).Result!;

        var outcome = LeximinSelector.Select(categories, pool, size, new LeximinOptions { TimeLimit = TimeSpan.FromMinutes(1) }, new SteppingClock(1));

        var result = outcome.Result!;
        Assert.False(result.IsExact);
        Assert.True(result.Statistics.TimedOut);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.TimeLimitReached, warning.Code);
        Assert.True(warning.IsWarning);
        Assert.StartsWith("waarschuwing BB0302: de tijdslimiet van 60 s is bereikt", warning.ToString());
        AssertValidLottery(categories, result);
        Assert.True(result.MinProbability <= exact.MinProbability + 1e-9);
        Assert.Equal(exact.NeverSelectable, result.NeverSelectable);
    }

    [Fact]
    public void TimeLimitLater_EveryStopGivesAValidLotteryNoBetterThanLeximin()
    {
        var (categories, pool) = SmallPools.Load(Generated);
        var exact = LeximinSelector.Select(categories, pool, Generated.Size).Result!;
        var sawExact = false;
        var sawStopped = false;

        for (var still = 1; still < 400 && !sawExact; still += 25)
        {
            var outcome = LeximinSelector.Select(categories, pool, Generated.Size, new LeximinOptions { TimeLimit = TimeSpan.FromMinutes(1) }, new SteppingClock(still));

            var result = outcome.Result!;
            AssertValidLottery(categories, result);
            Assert.True(result.MinProbability <= exact.MinProbability + 1e-9);
            if (result.IsExact)
            {
                sawExact = true;
                Assert.Empty(outcome.Diagnostics);
                var expected = exact.Probabilities.ToDictionary(p => p.Key, p => p.Value);
                Assert.All(result.Probabilities, p => Assert.Equal(expected[p.Key], p.Value, 1e-6));
            }
            else
            {
                sawStopped = true;
                Assert.Equal(DiagnosticCodes.TimeLimitReached, Assert.Single(outcome.Diagnostics).Code);
            }
        }
        Assert.True(sawStopped);
        Assert.True(sawExact);
    }

    /// <summary>Chances add up to 1, every composition meets every quota, and each volunteer's probability follows from them.</summary>
    internal static void AssertValidLottery(Categories categories, LeximinResult result)
    {
        Assert.Equal(1, result.Distribution.Sum(c => c.Probability), 1e-9);
        Assert.All(result.Distribution, c => Assert.True(c.Probability > 0));
        var fromDistribution = new double[result.Groups.Count];
        foreach (var composition in result.Distribution)
        {
            Assert.Equal(result.PanelSize, composition.Seats.Sum());
            foreach (var quota in categories.Quotas)
            {
                var feature = categories.Features.ToList().IndexOf(quota.Feature);
                var seats = Enumerable.Range(0, result.Groups.Count).Where(g => result.Groups[g].Values[feature] == quota.Value).Sum(g => composition.Seats[g]);
                Assert.InRange(seats, quota.Min, quota.Max);
            }
            for (var g = 0; g < result.Groups.Count; g++)
            {
                Assert.InRange(composition.Seats[g], 0, result.Groups[g].MemberIds.Count);
                fromDistribution[g] += composition.Probability * composition.Seats[g] / result.Groups[g].MemberIds.Count;
            }
        }
        var probabilities = result.Probabilities.ToDictionary(p => p.Key, p => p.Value);
        for (var g = 0; g < result.Groups.Count; g++)
        {
            foreach (var id in result.Groups[g].MemberIds)
            {
                Assert.Equal(fromDistribution[g], probabilities[id], 1e-9);
            }
        }
        Assert.Equal(result.PanelSize, result.Probabilities.Sum(p => p.Value), 1e-6);
    }
}

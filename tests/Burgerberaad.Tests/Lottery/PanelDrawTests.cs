using Participatie.Burgerberaad.Lottery;
using Participatie.Burgerberaad.Selection;
using Participatie.Burgerberaad.Tests.Support;

namespace Participatie.Burgerberaad.Tests.Lottery;

public sealed class PanelDrawTests
{
    private static LeximinResult Lottery(SmallPools.SmallPool small)
    {
        var (categories, pool) = SmallPools.Load(small);
        return LeximinSelector.Select(categories, pool, small.Size).Result!;
    }

    [Theory]
    [MemberData(nameof(SmallPools.Names), MemberType = typeof(SmallPools))]
    public void Draw_ManySeeds_EveryPanelMeetsTheQuotas(string name)
    {
        var small = SmallPools.Get(name);
        var (categories, pool) = SmallPools.Load(small);
        var result = LeximinSelector.Select(categories, pool, small.Size).Result!;

        for (var seed = 0L; seed < 300; seed++)
        {
            var drawn = PanelDraw.Draw(result, seed);
            Assert.Equal(small.Size, drawn.Panel.Count);
            QuotaAssert.Met(categories, pool, drawn.Panel);
        }
    }

    [SortitionCorpusFact]
    public void Draw_CorpusPools_EveryPanelMeetsTheQuotas()
    {
        foreach (var expected in SortitionCorpus.Expected())
        {
            var (categories, pool) = SortitionCorpus.Load(expected.Folder);
            var result = LeximinSelector.Select(categories, pool, expected.Size).Result!;
            for (var seed = 1000L; seed < 1100; seed++)
            {
                QuotaAssert.Met(categories, pool, PanelDraw.Draw(result, seed).Panel);
            }
        }
    }

    [Fact]
    public void Draw_SameSeed_SamePanelAndReserves()
    {
        var first = PanelDraw.Draw(Lottery(SmallPools.Tight), 20270315, reserves: 3);
        var second = PanelDraw.Draw(Lottery(SmallPools.Tight), 20270315, reserves: 3);

        Assert.Equal(first.Panel, second.Panel);
        Assert.Equal(first.Reserves, second.Reserves);
        Assert.Equal(first.CompositionIndex, second.CompositionIndex);
    }

    [Fact]
    public void Draw_DifferentSeeds_GiveDifferentPanels()
    {
        var result = Lottery(SmallPools.TwoFeatures);

        var panels = Enumerable.Range(0, 50).Select(seed => string.Join(',', PanelDraw.Draw(result, seed).Panel)).Distinct().Count();

        Assert.True(panels > 5, $"{panels} verschillende panels in 50 trekkingen");
    }

    [Fact]
    public void Draw_ManySeeds_FrequenciesFollowTheProbabilities()
    {
        var result = Lottery(SmallPools.Tight);
        const int draws = 4000;
        var counts = result.Probabilities.ToDictionary(p => p.Key, _ => 0);

        for (var seed = 0L; seed < draws; seed++)
        {
            foreach (var id in PanelDraw.Draw(result, seed).Panel)
            {
                counts[id]++;
            }
        }

        // Fixed seeds: the counts are the same on every run; 0.03 is about four standard deviations at p = 0.5.
        Assert.All(result.Probabilities, p => Assert.InRange((double)counts[p.Key] / draws, p.Value - 0.03, p.Value + 0.03));
    }

    [Fact]
    public void Reserves_AreDistinctSelectableAndNotOnThePanel()
    {
        var result = Lottery(SmallPools.WithOutsider);

        var drawn = PanelDraw.Draw(result, 7, reserves: 3);

        Assert.Equal(3, drawn.Reserves.Count);
        Assert.Equal(3, drawn.Reserves.Distinct().Count());
        Assert.Empty(drawn.Reserves.Intersect(drawn.Panel));
        Assert.DoesNotContain("z3", drawn.Reserves);
    }

    [Fact]
    public void Reserves_MoreThanSelectable_StopsWhenNobodyIsLeft()
    {
        var result = Lottery(SmallPools.WithOutsider);

        var drawn = PanelDraw.Draw(result, 7, reserves: 20);

        // Nine volunteers, one never selectable, five on the panel: three can be reserves.
        Assert.Equal(3, drawn.Reserves.Count);
    }

    [Fact]
    public void SeededStream_FirstNumbers_MatchTheDocumentedSha256Construction()
    {
        // Computed outside .NET: first 8 bytes (big-endian) of SHA-256("participatie-burgerberaad/42/0"), then "/42/1".
        var stream = new SeededStream(42);
        Assert.Equal(3451414140072693732UL, stream.NextUInt64());
        Assert.Equal(17121681654737217122UL, stream.NextUInt64());
        Assert.Equal(0.5849907912487323, new SeededStream(-7).NextUniform(), 15);
    }
}

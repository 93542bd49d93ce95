using Participatie.Burgerberaad.Selection;
using Participatie.Burgerberaad.Tests.Support;

namespace Participatie.Burgerberaad.Tests.Selection;

/// <summary>Small pools where every feasible panel is enumerated: the engine's LEXIMIN minimum must equal one LP's optimum.</summary>
public sealed class EnumeratedPoolTests
{
    [Theory]
    [MemberData(nameof(SmallPools.Names), MemberType = typeof(SmallPools))]
    public void SmallPool_LeximinMinimum_EqualsLpOverAllFeasiblePanels(string name)
    {
        var small = SmallPools.Get(name);
        var (categories, pool) = SmallPools.Load(small);
        var panels = PanelEnumerator.FeasiblePanels(categories, pool, small.Size);
        Assert.NotEmpty(panels);

        var result = LeximinSelector.Select(categories, pool, small.Size).Result!;

        Assert.Equal(PanelEnumerator.MaxMinProbability(panels), result.MinProbability, 1e-7);
    }

    [Theory]
    [MemberData(nameof(SmallPools.Names), MemberType = typeof(SmallPools))]
    public void SmallPool_NeverSelectable_AreExactlyThoseInNoFeasiblePanel(string name)
    {
        var small = SmallPools.Get(name);
        var (categories, pool) = SmallPools.Load(small);
        var inSomePanel = PanelEnumerator.FeasiblePanels(categories, pool, small.Size).SelectMany(p => p).ToHashSet();

        var result = LeximinSelector.Select(categories, pool, small.Size).Result!;

        Assert.Equal(pool.Respondents.Select(r => r.Id).Where(id => !inSomePanel.Contains(id)).Order(), result.NeverSelectable.Order());
        Assert.All(result.Probabilities.Where(p => !inSomePanel.Contains(p.Key)), p => Assert.Equal(0, p.Value));
    }

    [Theory]
    [MemberData(nameof(SmallPools.Names), MemberType = typeof(SmallPools))]
    public void SmallPool_Probabilities_SumToPanelSize(string name)
    {
        var small = SmallPools.Get(name);
        var (categories, pool) = SmallPools.Load(small);

        var result = LeximinSelector.Select(categories, pool, small.Size).Result!;

        Assert.Equal(small.Size, result.Probabilities.Sum(p => p.Value), 1e-7);
        Assert.Equal(1, result.Distribution.Sum(c => c.Probability), 1e-9);
        Assert.All(result.Probabilities, p => Assert.InRange(p.Value, 0, 1 + 1e-9));
    }

    [Fact]
    public void WithOutsider_VolunteerFromBuurtWithMaxZero_GetsZero()
    {
        var (categories, pool) = SmallPools.Load(SmallPools.WithOutsider);

        var result = LeximinSelector.Select(categories, pool, SmallPools.WithOutsider.Size).Result!;

        Assert.Equal(["z3"], result.NeverSelectable);
        Assert.True(result.MinProbability > 0);
    }

    [Fact]
    public void TwoFeatures_SameFeatureValues_GetTheSameProbability()
    {
        var (categories, pool) = SmallPools.Load(SmallPools.TwoFeatures);

        var result = LeximinSelector.Select(categories, pool, SmallPools.TwoFeatures.Size).Result!;

        var p = result.Probabilities.ToDictionary(x => x.Key, x => x.Value);
        Assert.Equal(p["a2"], p["a5"], 1e-9);
        Assert.Equal(p["a6"], p["a10"], 1e-9);
    }

    [SortitionCorpusFact]
    public void Corpus_Probabilities_SumToPanelSize()
    {
        foreach (var expected in SortitionCorpus.Expected())
        {
            var (categories, pool) = SortitionCorpus.Load(expected.Folder);
            var result = LeximinSelector.Select(categories, pool, expected.Size).Result!;
            Assert.Equal(expected.Size, result.Probabilities.Sum(p => p.Value), 1e-6);
        }
    }
}

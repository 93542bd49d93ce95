using Participatie.Burgerberaad.Selection;
using Participatie.Burgerberaad.Tests.Support;

namespace Participatie.Burgerberaad.Tests.Selection;

/// <summary>
/// The shortcut through the LEXIMIN of the LP relaxation (LeximinOptions.RelaxationFirst, on by default) must give
/// exactly the LEXIMIN of the level-by-level engine: on the small pools, generated pools, a pool where the relaxation
/// is not tight (the engine must notice and fall back) and every corpus pool.
/// </summary>
public sealed class RelaxedLeximinTests
{
    /// <summary>
    /// Found by a random search over tiny pools: the relaxation's LEXIMIN is not reachable by any lottery (with two
    /// seats, one a=x and one a=y, c split 1–1, the fractional optimum mixes types no pair of volunteers realises).
    /// </summary>
    public static readonly SmallPools.SmallPool NotTight = new(
        "not-tight",
        """
        feature,value,min,max
        a,x,1,2
        a,y,1,1
        b,x,0,1
        b,y,1,2
        c,x,1,2
        c,y,1,2
        """,
        """
        id,a,b,c
        v0,x,y,y
        v1,y,y,x
        v2,y,x,y
        v3,x,y,x
        v4,x,x,y
        v5,y,x,x
        v6,y,y,y
        v7,x,x,y
        v8,y,x,y
        """,
        2);

    private static readonly SmallPools.SmallPool GeneratedSmall = GeneratedPool.Create(volunteers: 90, size: 10, seed: 7);
    private static readonly SmallPools.SmallPool GeneratedLarger = GeneratedPool.Create(volunteers: 300, size: 24, seed: 11);

    private static readonly SmallPools.SmallPool[] All =
        [SmallPools.TwoFeatures, SmallPools.WithOutsider, SmallPools.Tight, GeneratedSmall, GeneratedLarger, NotTight];

    public static TheoryData<string> Pools() => new(All.Select(p => p.Name));

    private static SmallPools.SmallPool Get(string name) => All.Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(Pools))]
    public void Shortcut_GivesTheSameProbabilitiesAsLevelByLevel(string name)
    {
        var small = Get(name);
        var (categories, pool) = SmallPools.Load(small);

        var shortcut = LeximinSelector.Select(categories, pool, small.Size).Result!;
        var levels = LeximinSelector.Select(categories, pool, small.Size, new LeximinOptions { RelaxationFirst = false }).Result!;

        Assert.True(shortcut.IsExact);
        Assert.NotNull(shortcut.Statistics.RelaxationTight);
        Assert.Null(levels.Statistics.RelaxationTight);
        var expected = levels.Probabilities.ToDictionary(p => p.Key, p => p.Value);
        Assert.All(shortcut.Probabilities, p => Assert.Equal(expected[p.Key], p.Value, 1e-7));
        Assert.Equal(levels.NeverSelectable.Order(), shortcut.NeverSelectable.Order());
        LeximinOptionsTests.AssertValidLottery(categories, shortcut);
    }

    [Fact]
    public void GeneratedPools_RelaxationIsReached_SoTheShortcutIsWhatIsCompared()
    {
        foreach (var small in new[] { GeneratedSmall, GeneratedLarger })
        {
            var (categories, pool) = SmallPools.Load(small);

            var result = LeximinSelector.Select(categories, pool, small.Size).Result!;

            Assert.True(result.Statistics.RelaxationTight, $"{small.Name}: de relaxatie werd niet gehaald");
        }
    }

    [Fact]
    public void NotTight_FallsBackToLevels_AndMeetsTheEnumeratedMinimum()
    {
        var (categories, pool) = SmallPools.Load(NotTight);
        var panels = PanelEnumerator.FeasiblePanels(categories, pool, NotTight.Size);

        var result = LeximinSelector.Select(categories, pool, NotTight.Size).Result!;

        Assert.False(result.Statistics.RelaxationTight);
        Assert.True(result.IsExact);
        Assert.Equal(PanelEnumerator.MaxMinProbability(panels), result.MinProbability, 1e-7);
    }

    [Fact]
    public void SmallMasterLp_ShortcutIsRebuiltAndKeepsTheAnswer()
    {
        var (categories, pool) = SmallPools.Load(GeneratedLarger);
        var reference = LeximinSelector.Select(categories, pool, GeneratedLarger.Size).Result!;

        var result = LeximinSelector.Select(categories, pool, GeneratedLarger.Size, new LeximinOptions { MaxActiveColumns = 5 }).Result!;

        Assert.True(result.Statistics.RelaxationTight);
        Assert.True(result.Statistics.MasterRebuilds > 0, "de master-LP is nooit verkleind; de test bewijst dan niets");
        var expected = reference.Probabilities.ToDictionary(p => p.Key, p => p.Value);
        Assert.All(result.Probabilities, p => Assert.Equal(expected[p.Key], p.Value, 1e-7));
        LeximinOptionsTests.AssertValidLottery(categories, result);
    }

    [SortitionCorpusTheory]
    [MemberData(nameof(SortitionCorpus.Pools), MemberType = typeof(SortitionCorpus))]
    public void Corpus_Shortcut_GivesTheSameProbabilitiesAsLevelByLevel(string folder)
    {
        var expected = SortitionCorpus.Expected().Single(e => e.Folder == folder);
        var (categories, pool) = SortitionCorpus.Load(folder);

        var shortcut = LeximinSelector.Select(categories, pool, expected.Size).Result!;
        var levels = LeximinSelector.Select(categories, pool, expected.Size, new LeximinOptions { RelaxationFirst = false }).Result!;

        var byId = levels.Probabilities.ToDictionary(p => p.Key, p => p.Value);
        Assert.All(shortcut.Probabilities, p => Assert.Equal(byId[p.Key], p.Value, 1e-7));
    }
}

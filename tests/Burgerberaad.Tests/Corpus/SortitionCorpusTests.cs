using Participatie.Burgerberaad.Cli;
using Participatie.Burgerberaad.Selection;
using Participatie.Burgerberaad.Tests.Support;

namespace Participatie.Burgerberaad.Tests.Corpus;

/// <summary>Every pool of ../shared/corpus/sortition against the exact LEXIMIN answers in EXPECTED.json.</summary>
public sealed class SortitionCorpusTests
{
    // EXPECTED.json gives probabilities to 6 decimals.
    private const double Tolerance = 1e-5;

    [SortitionCorpusTheory]
    [MemberData(nameof(SortitionCorpus.Pools), MemberType = typeof(SortitionCorpus))]
    public void Pool_Leximin_MatchesExpectedProbabilities(string folder)
    {
        var expected = SortitionCorpus.Expected().Single(e => e.Folder == folder);
        var (categories, pool) = SortitionCorpus.Load(folder);

        var outcome = LeximinSelector.Select(categories, pool, expected.Size);

        Assert.True(outcome.Succeeded, string.Join(Environment.NewLine, outcome.Diagnostics));
        var result = outcome.Result!;
        Assert.Equal(expected.MinProbability, result.MinProbability, Tolerance);
        var actual = result.Probabilities.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(expected.LeximinProbabilities.Keys.Order(), actual.Keys.Order());
        foreach (var (id, probability) in expected.LeximinProbabilities)
        {
            Assert.True(Math.Abs(probability - actual[id]) <= Tolerance, $"{folder} {id}: verwacht {probability}, kreeg {actual[id]}");
        }
        Assert.Equal(expected.NeverSelectable.Order(), result.NeverSelectable.Order());
        Assert.All(expected.NeverSelectable, id => Assert.Equal(0, actual[id]));
    }

    [SortitionCorpusTheory]
    [MemberData(nameof(SortitionCorpus.Pools), MemberType = typeof(SortitionCorpus))]
    public void Pool_SelectCommand_PrintsExpectedMinimumAndAQuotaPanel(string folder)
    {
        var expected = SortitionCorpus.Expected().Single(e => e.Folder == folder);
        using var categories = SortitionCorpus.Open(folder, "categories.csv");
        using var respondents = SortitionCorpus.Open(folder, "respondents.csv");

        var result = SelectCommand.Run(categories, respondents, expected.Size, seed: 20261206);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var line = SelectLine.Parse(result.Json!);
        Assert.Equal(expected.MinProbability, line.MinProbability, Tolerance);
        Assert.Equal(expected.Size, line.Panel.Count);
        Assert.All(line.Panel, id => Assert.DoesNotContain(id, expected.NeverSelectable));
        var (quotas, pool) = SortitionCorpus.Load(folder);
        QuotaAssert.Met(quotas, pool, line.Panel);
    }
}

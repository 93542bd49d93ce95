using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Pabulib;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Corpus;

/// <summary>The seven Warsaw elections of the shared corpus against EXPECTED.json (results of the reference implementations).</summary>
public sealed class PabulibCorpusTests
{
    public static TheoryData<string> Files => PabulibCorpus.Files();

    private static Election Read(string file)
    {
        var result = PabulibReader.ReadFile(PabulibCorpus.PathOf(file));
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        return result.File!.Election;
    }

    [CorpusTheory, MemberData(nameof(Files))]
    public void Read_CorpusFile_MatchesCountsAndBudget(string file)
    {
        var expected = PabulibCorpus.For(file);
        var election = Read(file);
        Assert.Equal(expected.Voters, election.Voters.Count);
        Assert.Equal(expected.Projects, election.Projects.Count);
        Assert.Equal(expected.Budget, election.Budget);
    }

    [CorpusTheory, MemberData(nameof(Files))]
    public void Greedy_CorpusFile_EqualsRealOutcome(string file)
    {
        var outcome = Counter.Count(Read(file), CountingOptions.Greedy);
        Assert.Equal(PabulibCorpus.For(file).GreedyRealOutcome, outcome.SelectedSorted);
    }

    [CorpusTheory, MemberData(nameof(Files))]
    public void EqualSharesCost_CorpusFile_EqualsReference(string file)
    {
        var outcome = Counter.Count(Read(file), new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost));
        Assert.Equal(PabulibCorpus.For(file).MesCostNoCompletion, outcome.SelectedSorted);
    }

    [CorpusTheory, MemberData(nameof(Files))]
    public void EqualSharesCardinality_CorpusFile_EqualsReference(string file)
    {
        var outcome = Counter.Count(Read(file), new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cardinality));
        Assert.Equal(PabulibCorpus.For(file).MesCardinalityNoCompletion, outcome.SelectedSorted);
    }

    [CorpusTheory, MemberData(nameof(Files))]
    public void EqualSharesCost_ExactAndFastArithmetic_Agree(string file)
    {
        // The fast path must never decide differently from exact arithmetic: count every run exactly too.
        var input = new CountingInput(Read(file));
        foreach (var utility in new[] { UtilityKind.Cost, UtilityKind.Cardinality })
        {
            var exact = new EqualSharesRun<Arithmetic.Rational>(input, utility).Run(input.Election.Budget, input.VoterCount, explain: false)!;
            var fast = new EqualSharesRun<Arithmetic.Approx>(input, utility).Run(input.Election.Budget, input.VoterCount, explain: false);
            if (fast is not null)
            {
                Assert.Equal(exact.Winners, fast.Winners);
            }
        }
    }
}

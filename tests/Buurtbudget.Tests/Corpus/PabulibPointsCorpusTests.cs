using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Pabulib;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Corpus;

/// <summary>
/// Points counting on real elections. The shared corpus has no points files (vote_type cumulative), so each real
/// approval election is turned into a points election in which every approval is one point: counted greedily by points,
/// and by Equal Shares with points as utilities, it must select what the approval count with cardinality utilities
/// selects — the published definitions coincide there.
/// </summary>
public sealed class PabulibPointsCorpusTests
{
    public static TheoryData<string> Files => PabulibCorpus.Files();

    private static (Election Approval, Election Points) Read(string file)
    {
        var result = PabulibReader.ReadFile(PabulibCorpus.PathOf(file));
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        var approval = result.File!.Election;
        var voters = approval.Voters.Select(v => v with { Points = v.Projects.Select(_ => 1m).ToList() }).ToList();
        return (approval, new Election(approval.Budget, approval.Projects, voters, VoteType.Cumulative));
    }

    [CorpusTheory, MemberData(nameof(Files))]
    public void OnePointPerApproval_GreedyByPoints_SelectsWhatGreedyByApprovalsSelects(string file)
    {
        var (approval, points) = Read(file);
        var byPoints = Counter.Count(points, CountingOptions.Greedy);
        Assert.Equal(Counter.Count(approval, CountingOptions.Greedy).SelectedSorted, byPoints.SelectedSorted);
        Assert.True(byPoints.Spent <= points.Budget);
    }

    [CorpusTheory, MemberData(nameof(Files))]
    public void OnePointPerApproval_EqualSharesWithPoints_SelectsWhatCardinalityEqualSharesSelects(string file)
    {
        var (approval, points) = Read(file);
        var byPoints = Counter.Count(points, new CountingOptions(CountingMethod.EqualShares, UtilityKind.Points));
        Assert.Equal(Counter.Count(approval, new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cardinality)).SelectedSorted, byPoints.SelectedSorted);
        Assert.True(byPoints.Spent <= points.Budget);
    }
}

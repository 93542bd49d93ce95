using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Counting;

/// <summary>
/// An approval or points (cumulative) election in arrays: projects by index, supporters as voter
/// indices, ordinal id ranks for ties. For points ballots a supporter is a voter who gave the project
/// at least one point, and <see cref="Weights"/> holds those points parallel to <see cref="Supporters"/>.
/// </summary>
internal sealed class CountingInput
{
    public CountingInput(Election election)
    {
        if (election.VoteType is not (VoteType.Approval or VoteType.Cumulative))
        {
            throw new ArgumentException(
                $"The counting rules take approval or cumulative (points) ballots; this election has vote type {election.VoteType}. Use Election.AsApproval() to count every project on a ballot as approved.",
                nameof(election));
        }
        HasPoints = election.VoteType == VoteType.Cumulative;
        Election = election;
        ProjectCount = election.Projects.Count;
        VoterCount = election.Voters.Count;
        Ids = election.Projects.Select(p => p.Id).ToArray();
        Costs = election.Projects.Select(p => p.Cost).ToArray();
        Rank = new int[ProjectCount];
        var byId = Enumerable.Range(0, ProjectCount).OrderBy(i => Ids[i], StringComparer.Ordinal).ToArray();
        for (var r = 0; r < byId.Length; r++)
        {
            Rank[byId[r]] = r;
        }
        var counts = new int[ProjectCount];
        foreach (var voter in election.Voters)
        {
            for (var i = 0; i < voter.Projects.Count; i++)
            {
                if (Supports(voter, i))
                {
                    counts[election.IndexOf(voter.Projects[i])]++;
                }
            }
        }
        Supporters = new int[ProjectCount][];
        Weights = new long[ProjectCount][];
        Scores = new decimal[ProjectCount];
        for (var c = 0; c < ProjectCount; c++)
        {
            Supporters[c] = new int[counts[c]];
            Weights[c] = new long[counts[c]];
        }
        var fill = new int[ProjectCount];
        for (var v = 0; v < VoterCount; v++)
        {
            var voter = election.Voters[v];
            for (var i = 0; i < voter.Projects.Count; i++)
            {
                if (!Supports(voter, i))
                {
                    continue;
                }
                var c = election.IndexOf(voter.Projects[i]);
                var weight = HasPoints ? (long)voter.Points![i] : 1L;
                Weights[c][fill[c]] = weight;
                Supporters[c][fill[c]++] = v;
                Scores[c] += weight;
            }
        }
        TotalCost = Costs.Sum();
    }

    public Election Election { get; }

    /// <summary>Points ballots (cumulative): supporters carry weights, projects are ranked by points.</summary>
    public bool HasPoints { get; }

    /// <summary>For each project, the points of each supporter (all 1 for approval ballots).</summary>
    public long[][] Weights { get; }

    /// <summary>For each project, its approvals or its total points.</summary>
    public decimal[] Scores { get; }

    public int ProjectCount { get; }

    public int VoterCount { get; }

    public string[] Ids { get; }

    public decimal[] Costs { get; }

    /// <summary>Position of each project when ids are sorted ordinally (lower wins a tie).</summary>
    public int[] Rank { get; }

    public int[][] Supporters { get; }

    public decimal TotalCost { get; }

    /// <summary>Supporters: voters who approved the project, or gave it at least one point.</summary>
    public int Votes(int project) => Supporters[project].Length;

    /// <summary>Total points of a points election, null for approval.</summary>
    public decimal? Points(int project) => HasPoints ? Scores[project] : null;

    /// <summary>Project indices by approvals or total points (most first), ties by ordinal id.</summary>
    public int[] ByVotes() => Enumerable.Range(0, ProjectCount)
        .OrderByDescending(c => Scores[c])
        .ThenBy(c => Rank[c])
        .ToArray();

    private bool Supports(Voter voter, int i) => !HasPoints || voter.Points![i] > 0;
}

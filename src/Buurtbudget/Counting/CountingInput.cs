using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Counting;

/// <summary>An approval election in arrays: projects by index, supporters as voter indices, ordinal id ranks for ties.</summary>
internal sealed class CountingInput
{
    public CountingInput(Election election)
    {
        if (election.VoteType != VoteType.Approval)
        {
            throw new ArgumentException(
                $"The counting rules take approval ballots; this election has vote type {election.VoteType}. Use Election.AsApproval() to count every project on a ballot as approved.",
                nameof(election));
        }
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
            foreach (var id in voter.Projects)
            {
                counts[election.IndexOf(id)]++;
            }
        }
        Supporters = new int[ProjectCount][];
        for (var c = 0; c < ProjectCount; c++)
        {
            Supporters[c] = new int[counts[c]];
        }
        var fill = new int[ProjectCount];
        for (var v = 0; v < VoterCount; v++)
        {
            foreach (var id in election.Voters[v].Projects)
            {
                var c = election.IndexOf(id);
                Supporters[c][fill[c]++] = v;
            }
        }
        TotalCost = Costs.Sum();
    }

    public Election Election { get; }

    public int ProjectCount { get; }

    public int VoterCount { get; }

    public string[] Ids { get; }

    public decimal[] Costs { get; }

    /// <summary>Position of each project when ids are sorted ordinally (lower wins a tie).</summary>
    public int[] Rank { get; }

    public int[][] Supporters { get; }

    public decimal TotalCost { get; }

    public int Votes(int project) => Supporters[project].Length;

    /// <summary>Project indices by approvals (most first), ties by ordinal id.</summary>
    public int[] ByVotes() => Enumerable.Range(0, ProjectCount)
        .OrderByDescending(Votes)
        .ThenBy(c => Rank[c])
        .ToArray();
}

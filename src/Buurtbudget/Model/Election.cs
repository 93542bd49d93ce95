namespace Participatie.Buurtbudget.Model;

/// <summary>
/// A participatory-budgeting election: the budget, the projects and the ballots. Checked on
/// construction (unique ids, ballots name known projects once, non-negative costs and budget,
/// points parallel to the projects where the vote type has points, whole and not negative for
/// cumulative ballots); a programming error throws
/// <see cref="ArgumentException"/>. User files go through <c>PabulibReader</c>, which reports the
/// same problems as located diagnostics instead.
/// </summary>
public sealed class Election
{
    private readonly Dictionary<string, int> _projectIndex;

    public Election(decimal budget, IReadOnlyList<Project> projects, IReadOnlyList<Voter> voters, VoteType voteType = VoteType.Approval)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(voters);
        if (budget < 0)
        {
            throw new ArgumentException($"The budget must not be negative ({budget}).", nameof(budget));
        }
        _projectIndex = new Dictionary<string, int>(projects.Count, StringComparer.Ordinal);
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i] ?? throw new ArgumentException($"Project {i} is null.", nameof(projects));
            if (project.Cost < 0)
            {
                throw new ArgumentException($"Project '{project.Id}' has a negative cost ({project.Cost}).", nameof(projects));
            }
            if (!_projectIndex.TryAdd(project.Id, i))
            {
                throw new ArgumentException($"Project id '{project.Id}' occurs twice.", nameof(projects));
            }
        }
        var voterIds = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hasPoints = voteType is VoteType.Cumulative or VoteType.Scoring;
        foreach (var voter in voters)
        {
            ArgumentNullException.ThrowIfNull(voter, nameof(voters));
            if (!voterIds.Add(voter.Id))
            {
                throw new ArgumentException($"Voter id '{voter.Id}' occurs twice.", nameof(voters));
            }
            seen.Clear();
            foreach (var id in voter.Projects)
            {
                if (!_projectIndex.ContainsKey(id))
                {
                    throw new ArgumentException($"Voter '{voter.Id}' votes for unknown project '{id}'.", nameof(voters));
                }
                if (!seen.Add(id))
                {
                    throw new ArgumentException($"Voter '{voter.Id}' lists project '{id}' twice.", nameof(voters));
                }
            }
            if (hasPoints && (voter.Points is null || voter.Points.Count != voter.Projects.Count))
            {
                throw new ArgumentException($"Voter '{voter.Id}' needs one point value per project for vote type {voteType}.", nameof(voters));
            }
            if (voteType == VoteType.Cumulative && voter.Points!.Any(x => x < 0 || x != decimal.Truncate(x)))
            {
                throw new ArgumentException($"Voter '{voter.Id}' has points that are not whole numbers of 0 or more; cumulative ballots distribute whole points.", nameof(voters));
            }
            if (!hasPoints && voter.Points is not null)
            {
                throw new ArgumentException($"Voter '{voter.Id}' has points, but vote type {voteType} has none.", nameof(voters));
            }
        }
        Budget = budget;
        Projects = projects;
        Voters = voters;
        VoteType = voteType;
    }

    public decimal Budget { get; }

    public IReadOnlyList<Project> Projects { get; }

    public IReadOnlyList<Voter> Voters { get; }

    public VoteType VoteType { get; }

    /// <summary>The project with this id, or <c>null</c>.</summary>
    public Project? FindProject(string id) => _projectIndex.TryGetValue(id, out var i) ? Projects[i] : null;

    internal int IndexOf(string projectId) => _projectIndex[projectId];

    /// <summary>
    /// The same election read as approval ballots: every project on a ballot counts as approved,
    /// whatever its points or rank. The counting rules only take approval elections, so this is
    /// the explicit step for counting a points or ranked election by approval.
    /// </summary>
    public Election AsApproval()
    {
        if (VoteType == VoteType.Approval)
        {
            return this;
        }
        var voters = Voters.Select(v => new Voter(v.Id, v.Projects)).ToList();
        return new Election(Budget, Projects, voters, VoteType.Approval);
    }
}

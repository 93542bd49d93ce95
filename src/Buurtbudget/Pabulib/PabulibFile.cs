using System.Globalization;
using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Pabulib;

/// <summary>
/// A pabulib file kept without loss: every META pair in order, every PROJECTS and VOTES column and
/// row as text, plus the <see cref="Election"/> the counting rules use (budget, project costs,
/// ballots with their order and points). Writing it back gives the same sections, rows and values.
/// </summary>
public sealed class PabulibFile
{
    public PabulibFile(
        IReadOnlyList<KeyValuePair<string, string>> meta,
        IReadOnlyList<string> projectColumns,
        IReadOnlyList<PabulibRow> projectRows,
        IReadOnlyList<string> voteColumns,
        IReadOnlyList<PabulibRow> voteRows,
        Election election)
    {
        Meta = meta;
        ProjectColumns = projectColumns;
        ProjectRows = projectRows;
        VoteColumns = voteColumns;
        VoteRows = voteRows;
        Election = election;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Meta { get; }

    public IReadOnlyList<string> ProjectColumns { get; }

    public IReadOnlyList<PabulibRow> ProjectRows { get; }

    public IReadOnlyList<string> VoteColumns { get; }

    public IReadOnlyList<PabulibRow> VoteRows { get; }

    public Election Election { get; }

    /// <summary>The META value for <paramref name="key"/> (case-insensitive), or null.</summary>
    public string? GetMeta(string key) =>
        Meta.Where(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value).FirstOrDefault();

    /// <summary>
    /// A file for an election built in code (an export): META with the counts, budget and vote type
    /// after <paramref name="meta"/> (whose own values for those keys are replaced), PROJECTS with
    /// project_id, cost and name, VOTES with voter_id, vote and, for points ballots, points.
    /// </summary>
    public static PabulibFile FromElection(Election election, IEnumerable<KeyValuePair<string, string>>? meta = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        var c = CultureInfo.InvariantCulture;
        string[] computed = ["num_projects", "num_votes", "budget", "vote_type"];
        var pairs = (meta ?? []).Where(p => !computed.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).ToList();
        pairs.Add(new("num_projects", election.Projects.Count.ToString(c)));
        pairs.Add(new("num_votes", election.Voters.Count.ToString(c)));
        pairs.Add(new("budget", election.Budget.ToString(c)));
        pairs.Add(new("vote_type", VoteTypes.Name(election.VoteType)));

        var withNames = election.Projects.Any(p => p.Name is not null);
        IReadOnlyList<string> projectColumns = withNames ? ["project_id", "cost", "name"] : ["project_id", "cost"];
        var projectRows = election.Projects
            .Select(p => new PabulibRow(withNames ? [p.Id, p.Cost.ToString(c), p.Name ?? string.Empty] : [p.Id, p.Cost.ToString(c)]))
            .ToList();

        var hasPoints = election.VoteType is VoteType.Cumulative or VoteType.Scoring;
        IReadOnlyList<string> voteColumns = hasPoints ? ["voter_id", "vote", "points"] : ["voter_id", "vote"];
        var voteRows = election.Voters
            .Select(v => new PabulibRow(hasPoints
                ? [v.Id, string.Join(',', v.Projects), string.Join(',', v.Points!.Select(x => x.ToString(c)))]
                : [v.Id, string.Join(',', v.Projects)]))
            .ToList();
        return new PabulibFile(pairs, projectColumns, projectRows, voteColumns, voteRows, election);
    }
}

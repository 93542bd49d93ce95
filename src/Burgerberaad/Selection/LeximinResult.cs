using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// The LEXIMIN lottery: the distribution over panel compositions, each volunteer's selection probability and the
/// statistics of the computation. Draw a panel from it with <see cref="Lottery.PanelDraw"/>.
/// </summary>
public sealed class LeximinResult
{
    internal LeximinResult(
        RespondentPool pool,
        int panelSize,
        IReadOnlyList<VolunteerGroup> groups,
        IReadOnlyList<PanelComposition> distribution,
        IReadOnlyList<double> groupProbabilities,
        SolverStatistics statistics)
    {
        Pool = pool;
        PanelSize = panelSize;
        Groups = groups;
        Distribution = distribution;
        Statistics = statistics;
        var byId = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var id in groups[g].MemberIds)
            {
                byId[id] = groupProbabilities[g];
            }
        }
        Probabilities = pool.Respondents.Select(r => new KeyValuePair<string, double>(r.Id, byId[r.Id])).ToArray();
        NeverSelectable = pool.Respondents.Where(r => byId[r.Id] == 0).Select(r => r.Id).ToArray();
        var selectable = Probabilities.Where(p => p.Value > 0).Select(p => p.Value).ToList();
        MinProbability = selectable.Count == 0 ? 0 : selectable.Min();
    }

    public RespondentPool Pool { get; }

    public int PanelSize { get; }

    /// <summary>Volunteers with identical feature values, in category order.</summary>
    public IReadOnlyList<VolunteerGroup> Groups { get; }

    /// <summary>The panel compositions with a positive chance, in group order; the chances add up to 1.</summary>
    public IReadOnlyList<PanelComposition> Distribution { get; }

    /// <summary>Each volunteer's chance to be on the panel, in respondents-file order; they add up to the panel size.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Probabilities { get; }

    /// <summary>The smallest probability among volunteers who sit on at least one quota-respecting panel.</summary>
    public double MinProbability { get; }

    /// <summary>Volunteers in no panel that meets the quotas: probability 0.</summary>
    public IReadOnlyList<string> NeverSelectable { get; }

    /// <summary>
    /// True when this is the exact LEXIMIN lottery; false when the time limit stopped the computation early. Then the
    /// lottery is still valid (every composition meets the quotas, the chances add up to 1) and its first levels are
    /// exact, but the volunteers whose level was not reached all got the last level's value, which may be lower than
    /// their LEXIMIN probability.
    /// </summary>
    public bool IsExact => !Statistics.TimedOut;

    /// <summary>How the computation went (levels, pricing rounds, time per part).</summary>
    public SolverStatistics Statistics { get; }
}

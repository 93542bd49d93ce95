namespace Participatie.Buurtbudget.Counting;

/// <summary>How the ballots are counted.</summary>
public enum CountingMethod
{
    /// <summary>Projects by number of approvals, most first; each is funded if it still fits (Decidim, CONSUL).</summary>
    Greedy,

    /// <summary>The Method of Equal Shares (Peters, Pierczyński, Skowron 2021; equalshares.net).</summary>
    EqualShares,
}

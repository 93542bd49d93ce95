namespace Participatie.Buurtbudget.Model;

/// <summary>The pabulib <c>vote_type</c> of an election.</summary>
public enum VoteType
{
    /// <summary>Each voter lists the projects they approve.</summary>
    Approval,

    /// <summary>Each voter ranks projects (the order of the <c>vote</c> list is the ranking).</summary>
    Ordinal,

    /// <summary>
    /// Each voter spreads points over projects (<c>points</c> column; whole, not negative). The points
    /// ballot of a buurtbudget round: counted greedily by total points, or by Equal Shares with the points as utilities.
    /// </summary>
    Cumulative,

    /// <summary>Each voter gives a score to projects (<c>points</c> column).</summary>
    Scoring,
}

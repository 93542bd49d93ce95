namespace Participatie.Host.Domain;

/// <summary>What became of a buurtbudget proposal.</summary>
public enum BuurtbudgetVoorstelStatus
{
    /// <summary>The eligibility rules accepted it; waiting for the review (or, without review, for the vote).</summary>
    Ontvankelijk,

    /// <summary>The eligibility rules refused it (<see cref="BuurtbudgetVoorstel.Redenen"/> say why).</summary>
    NietOntvankelijk,

    /// <summary>A feasibility review task is open.</summary>
    InBeoordeling,

    /// <summary>Staff found it not feasible.</summary>
    NietHaalbaar,

    /// <summary>The review was not finished when voting opened: not on the ballot.</summary>
    NietBeoordeeld,

    /// <summary>A project on the ballot.</summary>
    OpStembiljet,
}

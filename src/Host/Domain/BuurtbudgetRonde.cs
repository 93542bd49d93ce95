namespace Participatie.Host.Domain;

/// <summary>
/// A buurtbudget round in one buurt: the budget residents decide on, the projects on the ballot, when voting is open,
/// what a ballot may hold and how the votes are counted.
/// </summary>
public class BuurtbudgetRonde
{
    public int Id { get; set; }

    public required string Naam { get; set; }

    public int BuurtId { get; set; }

    public Buurt? Buurt { get; set; }

    /// <summary>In euros; the selected projects together never cost more.</summary>
    public decimal Budget { get; set; }

    /// <summary>UTC; ballots are accepted from this moment …</summary>
    public DateTime StemmenVanaf { get; set; }

    /// <summary>… until this one (exclusive); after it the result can be counted.</summary>
    public DateTime StemmenTot { get; set; }

    public Telmethode Telmethode { get; set; }

    /// <summary>At most this many projects on one ballot (none: no limit).</summary>
    public int? MaxProjecten { get; set; }

    /// <summary>The projects on one ballot may together cost at most this (none: no limit).</summary>
    public decimal? MaxBedrag { get; set; }

    public DateTime AangemaaktOp { get; set; }

    /// <summary>UTC; residents submit proposals from this moment (none: the round has no proposal and review phases) …</summary>
    public DateTime? VoorstellenVanaf { get; set; }

    /// <summary>… until this one; then the review begins.</summary>
    public DateTime? VoorstellenTot { get; set; }

    /// <summary>UTC; the feasibility review ends (none: at the opening of the vote).</summary>
    public DateTime? BeoordelingTot { get; set; }

    /// <summary>UTC; the result phase ends and the chosen projects are carried out from here …</summary>
    public DateTime UitvoeringVanaf { get; set; }

    /// <summary>… until this moment, when the round is over.</summary>
    public DateTime UitvoeringTot { get; set; }

    /// <summary>
    /// Residents must be at least this old in the year they vote (none: every resident of the buurt). Codes go to
    /// households, so age is self-declared on the ballot (birth year) and cannot be verified.
    /// </summary>
    public int? MinimumLeeftijd { get; set; }

    /// <summary>Set only by the round's workflow (see <see cref="BuurtbudgetFase"/>).</summary>
    public BuurtbudgetFase Fase { get; set; }

    /// <summary>The instance of the round's lifecycle workflow.</summary>
    public string? WorkflowInstanceId { get; set; }

    public List<BuurtbudgetProject> Projecten { get; set; } = [];

    /// <summary>
    /// A points ballot: each voter distributes up to this many points over the projects (none: an approval ballot,
    /// the projects a voter supports). Counted greedily by total points, or by Equal Shares with the points as utilities.
    /// </summary>
    public int? PuntenPerKiezer { get; set; }

    /// <summary>With a points ballot: at most this many points on one project (none: up to <see cref="PuntenPerKiezer"/>).</summary>
    public int? MaxPuntenPerProject { get; set; }

    public bool IsPuntenronde => PuntenPerKiezer is not null;
}

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

    public List<BuurtbudgetProject> Projecten { get; set; } = [];
}

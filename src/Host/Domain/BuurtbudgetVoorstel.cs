namespace Participatie.Host.Domain;

/// <summary>
/// A proposal for a buurtbudget round: from a resident in the chat, or an initiative that asked for money put on the
/// list by staff. The eligibility rules (<c>workflows-json/rules/buurtbudget-voorstel.json</c>) decide at once, with
/// reasons; staff review the eligible ones for feasibility (a task each); when voting opens the accepted ones become
/// projects on the ballot.
/// </summary>
public class BuurtbudgetVoorstel
{
    public int Id { get; set; }

    public int RondeId { get; set; }

    public required string Titel { get; set; }

    public required string Omschrijving { get; set; }

    /// <summary>The proposer's estimate, in euros.</summary>
    public decimal Kosten { get; set; }

    /// <summary>Where in the buurt, as the proposer put it (a street, a square, a postcode).</summary>
    public string? Plek { get; set; }

    /// <summary>The buurt the place lies in, when it could be found (by postcode or name); the rules check it is the round's.</summary>
    public int? PlekBuurtId { get; set; }

    public bool IsCommercieel { get; set; }

    public BuurtbudgetVoorstelBron Bron { get; set; }

    public int? InitiatiefId { get; set; }

    /// <summary>Personal data: how staff can reach the proposer with questions (chat proposals only). Removed with the round's retention.</summary>
    public string? IndienerNaam { get; set; }

    /// <summary>Personal data: an e-mail address or phone number, only when the proposer gave one.</summary>
    public string? IndienerContact { get; set; }

    public BuurtbudgetVoorstelStatus Status { get; set; }

    /// <summary>The reasons of the eligibility rules (and of the review), in Dutch, shown to the proposer.</summary>
    public List<string> Redenen { get; set; } = [];

    /// <summary>The feasibility review task in the task inbox.</summary>
    public int? BeoordelingTaakId { get; set; }

    public Taak? BeoordelingTaak { get; set; }

    /// <summary>The project on the ballot, once voting opened.</summary>
    public int? ProjectId { get; set; }

    public BuurtbudgetProject? Project { get; set; }

    public DateTime IngediendOp { get; set; }
}

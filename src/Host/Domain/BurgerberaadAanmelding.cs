namespace Participatie.Host.Domain;

/// <summary>
/// A resident who registered with the code of their letter: contact data (seen only by staff who invite the panel),
/// the feature answers and availability, and after the draw their selection probability and outcome. Published only
/// by <see cref="Pseudoniem"/>.
/// </summary>
public class BurgerberaadAanmelding
{
    public int Id { get; set; }

    public int BeraadId { get; set; }

    /// <summary>The invited address whose code was used: one registration per code.</summary>
    public int AdresId { get; set; }

    /// <summary>Random id in the public files and results (<c>v-…</c>); says nothing about the person or the order of registration.</summary>
    public required string Pseudoniem { get; set; }

    public required string Naam { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }

    /// <summary>Feature → value, for every feature of the beraad.</summary>
    public Dictionary<string, string> Antwoorden { get; set; } = [];

    /// <summary>When they can take part, in their own words (dates, evenings, weekends).</summary>
    public string? Beschikbaarheid { get; set; }

    /// <summary>
    /// The chat conversations the registration was made or updated in (none when only by the page). Their transcripts
    /// hold the same answers, name, contact and the letter's code, so they are erased with the registration's personal
    /// data. A list: an update a week later comes from a new conversation (Direct Line tokens expire).
    /// </summary>
    public List<string> ConversationIds { get; set; } = [];

    public DateTime AangemeldOp { get; set; }

    public DateTime GewijzigdOp { get; set; }

    /// <summary>LEXIMIN selection probability, after the selection.</summary>
    public double? Kans { get; set; }

    public BurgerberaadUitkomst Uitkomst { get; set; }

    /// <summary>Position in the reserve list (1 = called first), for reserves.</summary>
    public int? ReserveNummer { get; set; }
}

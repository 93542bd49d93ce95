namespace Participatie.Host.Domain;

/// <summary>
/// A resident who started an initiative. Deliberately minimal: only what intake needs to reach
/// the resident back (privacy by design, AVG data minimisation).
/// </summary>
public class Bewoner
{
    public int Id { get; set; }
    public required string Naam { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }
    public string? Postcode { get; set; }
    public DateTime AangemaaktOp { get; set; }

    /// <summary>When the personal data was erased (on request, or when its retention period ended); the record stays for the aggregates.</summary>
    public DateTime? GewistOp { get; set; }

    public const string GewisteNaam = "[gewist]";
}

namespace Participatie.Host.Domain;

/// <summary>
/// Exchange between initiatives: the initiator of <see cref="VanInitiatief"/> asks to be put in touch with the
/// initiator of a similar initiative in another wijk. Contact details are shared, each to the other, only once both
/// consented in the chat; every consent and withdrawal is recorded with its time (docs/privacy.md).
/// </summary>
public class ContactVerzoek
{
    public int Id { get; set; }

    public int VanInitiatiefId { get; set; }
    public Initiatief? VanInitiatief { get; set; }

    public int NaarInitiatiefId { get; set; }
    public Initiatief? NaarInitiatief { get; set; }

    /// <summary>Who started it: the initiator in the chat ("bewoner") or a staff user name.</summary>
    public required string AangevraagdDoor { get; set; }
    public DateTime AangevraagdOp { get; set; }

    public DateTime? ToestemmingVanOp { get; set; }
    public DateTime? ToestemmingNaarOp { get; set; }
    public DateTime? GeweigerdOp { get; set; }
    public DateTime? GedeeldOp { get; set; }
    public DateTime? IngetrokkenOp { get; set; }
    public string? IngetrokkenDoor { get; set; }

    public ContactVerzoekStatus Status { get; set; }
}

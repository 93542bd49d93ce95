namespace Participatie.Host.Domain;

/// <summary>One dated entry in an initiative's status history.</summary>
public class InitiatiefStatusWijziging
{
    public int Id { get; set; }
    public int InitiatiefId { get; set; }
    public InitiatiefStatus Status { get; set; }
    public DateTime Op { get; set; }
    public string? Toelichting { get; set; }

    /// <summary>Who made the change: a staff user name, "bewoner" or "systeem".</summary>
    public string? Door { get; set; }
}

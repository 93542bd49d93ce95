namespace Participatie.Host.Domain;

/// <summary>The initiator of an initiative does not want exchange invitations or contact requests (opt-out, withdrawable).</summary>
public class UitwisselingAfmelding
{
    public int InitiatiefId { get; set; }
    public Initiatief? Initiatief { get; set; }
    public DateTime AfgemeldOp { get; set; }
}

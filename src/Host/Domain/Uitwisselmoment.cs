namespace Participatie.Host.Domain;

/// <summary>A meeting staff plan for the initiators of one theme, across wijken; invitations go out in the chat.</summary>
public class Uitwisselmoment
{
    public int Id { get; set; }
    public Thema Thema { get; set; }
    public DateTime Datum { get; set; }
    public required string Plaats { get; set; }
    public string? Omschrijving { get; set; }
    public required string GeplandDoor { get; set; }
    public DateTime GeplandOp { get; set; }

    /// <summary>The initiatives whose initiators were invited.</summary>
    public List<int> UitgenodigdeInitiatieven { get; set; } = [];

    /// <summary>Initiatives of the theme not invited when it was planned (opted out, or without a chat). 0 for meetings planned before it was kept.</summary>
    public int NietUitgenodigd { get; set; }
}

namespace Participatie.Host.Domain;

/// <summary>The ballot cast with one voting code; casting again with the code replaces it until voting closes.</summary>
public class Stembiljet
{
    public int Id { get; set; }

    public int RondeId { get; set; }

    /// <summary>Unique: one ballot per code.</summary>
    public int StemcodeId { get; set; }

    /// <summary>The project codes approved, in the round's order.</summary>
    public List<string> Projecten { get; set; } = [];

    /// <summary>In a points round: the points given to each of <see cref="Projecten"/> (parallel, each above 0); null otherwise.</summary>
    public List<int>? Punten { get; set; }

    /// <summary>Changed by every new ballot: the optimistic concurrency check when the same code votes twice at once.</summary>
    public Guid Versie { get; set; }
}

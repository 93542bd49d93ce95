namespace Participatie.Host.Domain;

/// <summary>
/// One line of the categories: between <see cref="Min"/> and <see cref="Max"/> members have <see cref="Waarde"/> for
/// <see cref="Kenmerk"/>. A feature's values are its quota lines, in <see cref="Volgorde"/>.
/// </summary>
public class BurgerberaadQuotum
{
    public int Id { get; set; }

    public int BeraadId { get; set; }

    public int Volgorde { get; set; }

    public required string Kenmerk { get; set; }

    public required string Waarde { get; set; }

    public int Min { get; set; }

    public int Max { get; set; }
}

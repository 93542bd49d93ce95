namespace Participatie.Host.Domain;

/// <summary>
/// A record that a staff member read, exported or erased a resident's personal data (AVG accountability). Written by
/// the application only, never changed.
/// </summary>
public class PersoonsgegevensInzage
{
    public long Id { get; set; }

    /// <summary>User name of the staff member.</summary>
    public required string Door { get; set; }

    /// <summary>The roles they acted in, comma-separated.</summary>
    public required string Rollen { get; set; }

    public DateTime Op { get; set; }

    public int? InitiatiefId { get; set; }

    public int? BewonerId { get; set; }

    /// <summary>What happened: <see cref="Contact"/>, <see cref="Export"/>, <see cref="Wissen"/>.</summary>
    public required string Wat { get; set; }

    /// <summary>
    /// The record read or erased when it is not an initiative or resident, as <c>soort/id</c>
    /// (<c>uitdaagrecht/7</c>, <c>burgerberaad/3</c>, <c>buurtbudget-ronde/2</c>).
    /// </summary>
    public string? Onderwerp { get; set; }

    public const string Contact = "contactgegevens gelezen";
    public const string Export = "inzageverzoek: export";
    public const string Wissen = "verzoek tot wissen";
    public const string Bewaartermijn = "bewaartermijn verstreken: gewist";
}

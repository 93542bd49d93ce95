namespace Participatie.Host.Domain;

/// <summary>
/// A text a workflow may send to residents. Only texts that beheer approved go out: a workflow designer cannot make
/// NotifyResident send arbitrary text or links. Placeholders such as <c>{referentie}</c> are filled from the initiative.
/// </summary>
public class BerichtSjabloon
{
    public int Id { get; set; }

    /// <summary>The text as the workflow gives it, placeholders included.</summary>
    public required string Tekst { get; set; }

    /// <summary>SHA-256 of <see cref="Tekst"/>, to find a template by its text.</summary>
    public required string TekstHash { get; set; }

    public BerichtSjabloonStatus Status { get; set; }

    /// <summary>Where the text was first seen: the workflow and version, or "meegeleverd" for the shipped workflows.</summary>
    public required string Herkomst { get; set; }

    public DateTime VoorgesteldOp { get; set; }

    public string? BeoordeeldDoor { get; set; }

    public DateTime? BeoordeeldOp { get; set; }

    public string? Reden { get; set; }
}

public enum BerichtSjabloonStatus
{
    Voorgesteld,
    Goedgekeurd,
    Afgewezen,
}

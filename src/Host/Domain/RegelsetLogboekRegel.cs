namespace Participatie.Host.Domain;

/// <summary>
/// One entry of the rules audit trail: who put which version of a rule set in use, when and why. Entries
/// are only ever added; each carries the hash of the one before, so a changed or removed entry shows.
/// </summary>
public class RegelsetLogboekRegel
{
    /// <summary>1, 2, 3, … over all rule sets; the key.</summary>
    public int Volgnummer { get; set; }

    public DateTime Op { get; set; }
    public required string Door { get; set; }
    public RegelsetActie Actie { get; set; }
    public required string Regelset { get; set; }

    /// <summary>The version now in use.</summary>
    public int Versie { get; set; }

    /// <summary>The version that was in use before, if any.</summary>
    public int? VorigeVersie { get; set; }

    public required string Sha256 { get; set; }
    public string? Toelichting { get; set; }

    /// <summary>The <see cref="Hash"/> of the entry before (null for the first).</summary>
    public string? VorigeHash { get; set; }

    /// <summary>SHA-256 over this entry's fields and <see cref="VorigeHash"/>.</summary>
    public required string Hash { get; set; }
}

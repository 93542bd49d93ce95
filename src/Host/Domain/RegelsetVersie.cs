namespace Participatie.Host.Domain;

/// <summary>
/// A published version of a rule set (Microsoft RulesEngine JSON). Versions are never changed or removed:
/// the newest one is in use, and rolling back publishes an earlier text again as a new version.
/// </summary>
public class RegelsetVersie
{
    public int Id { get; set; }

    /// <summary>The rule set, e.g. <c>buurtselectie</c> (its file name without <c>.json</c>).</summary>
    public required string Regelset { get; set; }

    /// <summary>1, 2, 3, … per rule set.</summary>
    public int Nummer { get; set; }

    public required string Json { get; set; }

    /// <summary>SHA-256 of the JSON text (UTF-8), lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public required string Door { get; set; }

    public DateTime Op { get; set; }

    public string? Toelichting { get; set; }

    public RegelsetBron Bron { get; set; }

    /// <summary>For a roll back: the version whose text this version restores.</summary>
    public int? TeruggezetNaar { get; set; }
}

using Participatie.Host.Features.Regels;

namespace Participatie.Host.Features.Analyse;

/// <summary>A rule set version a report was made with: its name and version, the first 12 hex digits of its SHA-256, and when it was published.</summary>
public sealed record RegelsetVersie(string Regelset, int Versie, string Sha256Kort, DateTime GepubliceerdUtc)
{
    /// <summary>The versions in use at this moment, by name.</summary>
    public static IReadOnlyList<RegelsetVersie> InGebruik(RegelsetCatalog catalog) =>
        catalog.Actief.Select(a => new RegelsetVersie(a.Naam, a.Nummer, a.Sha256[..12], a.Op)).ToList();
}

using Participatie.Host.Domain;
using Participatie.Host.Features.Regels;

namespace Participatie.Host.Features.Analyse;

/// <summary>Everything the four reports are made from, loaded once per request.</summary>
public sealed record RapportGegevens(
    DateTime Peilmoment,
    AnalyseGegevens.Stand Stand,
    IReadOnlyList<RegelsetVersie> Regelsets,
    FactorAnalyse.Resultaat Analyse,
    Werkstroom.Overzicht Werkstroom,
    IReadOnlyList<Werkstroom.InitiatiefFeit> Initiatieven,
    IReadOnlyList<BuurtRegelInvoer> Buurten,
    IReadOnlyList<BuurtSelectie.Beoordeling> Beoordelingen,
    IReadOnlyList<BuurtSelectie.Beoordeling> Gekozen,
    IReadOnlyList<AnalyseGegevens.Bezit> Bezit,
    bool SelectieVastgelegd,
    IReadOnlyList<BuurtSelectie.Beoordeling> TopVolgensRegels,
    IReadOnlyList<Hulpsoort> Hulpsoorten)
{
    /// <summary>The programme selects two buurten (seed 000, result 2).</summary>
    public const int AantalTeKiezen = 2;
}

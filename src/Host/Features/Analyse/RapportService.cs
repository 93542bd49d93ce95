using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Features.Regels;

namespace Participatie.Host.Features.Analyse;

/// <summary>Loads the data once and computes the analysis, workflow figures and selection the reports, dashboard and open data share.</summary>
public sealed class RapportService(AnalyseGegevens gegevens, RegelInvoerFactory invoer, BuurtSelectie selectie, RegelsetCatalog catalog, HulpsoortCatalogus hulpsoorten, TimeProvider clock)
{
    public async Task<RapportGegevens> LaadAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var interventies = await gegevens.InterventiesAsync(ct);
        var initiatieven = await gegevens.InitiatievenAsync(ct);
        var taken = await gegevens.TakenAsync(ct);
        var buurten = await invoer.BuurtenAsync(null, ct);
        var beoordelingen = selectie.Beoordeel(buurten, ct);
        var volgensRegels = BuurtSelectie.Top(beoordelingen, RapportGegevens.AantalTeKiezen);
        var vastgelegd = (await gegevens.VastgelegdeSelectieAsync(ct))
            .Select(code => beoordelingen.FirstOrDefault(b => b.Code == code))
            .Where(b => b is not null).Select(b => b!)
            .ToList();
        return new RapportGegevens(
            nu,
            await gegevens.StandAsync(ct),
            RegelsetVersie.InGebruik(catalog),
            FactorAnalyse.Analyseer(interventies),
            Werkstroom.Bereken(initiatieven, taken, nu),
            initiatieven,
            buurten,
            beoordelingen,
            vastgelegd.Count > 0 ? vastgelegd : volgensRegels,
            await gegevens.CorporatieBezitAsync(ct),
            vastgelegd.Count > 0,
            volgensRegels,
            hulpsoorten.Alle);
    }

    public async Task<Werkstroom.Overzicht> WerkstroomAsync(CancellationToken ct) =>
        Werkstroom.Bereken(await gegevens.InitiatievenAsync(ct), await gegevens.TakenAsync(ct), clock.GetUtcNow().UtcDateTime);
}

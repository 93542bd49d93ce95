using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Uitwisseling;

/// <summary>
/// Similar initiatives from other wijken: the same theme counts, and so does the text (TF-IDF cosine over title and
/// description). Each match says why: the shared theme, the shared key words and the score.
/// </summary>
public sealed class VergelijkbareInitiatieven(ParticipatieDbContext db)
{
    /// <summary>What the same theme adds to the text's cosine.</summary>
    public const double ThemaGewicht = 0.3;

    /// <summary>Below this score a match is not shown.</summary>
    public const double Drempel = 0.12;

    public sealed record Match(int InitiatiefId, string Referentie, string Titel, string Wijk, Thema Thema, bool ZelfdeThema,
        IReadOnlyList<string> GedeeldeWoorden, double TekstScore, double Score);

    private static readonly InitiatiefStatus[] Uitgesloten = [InitiatiefStatus.Ingetrokken, InitiatiefStatus.Afgewezen];

    public async Task<IReadOnlyList<Match>?> ZoekAsync(int initiatiefId, int aantal, CancellationToken ct)
    {
        var alle = await db.Initiatieven.AsNoTracking()
            .Where(i => !Uitgesloten.Contains(i.Status))
            .Select(i => new { i.Id, i.Referentie, i.Titel, i.Omschrijving, i.Thema, i.Buurt!.WijkId, Wijk = i.Buurt.Wijk!.Naam })
            .ToListAsync(ct);
        var bron = alle.FirstOrDefault(i => i.Id == initiatiefId)
            ?? await db.Initiatieven.AsNoTracking().Where(i => i.Id == initiatiefId)
                .Select(i => new { i.Id, i.Referentie, i.Titel, i.Omschrijving, i.Thema, i.Buurt!.WijkId, Wijk = i.Buurt.Wijk!.Naam }).SingleOrDefaultAsync(ct);
        if (bron is null)
        {
            return null;
        }

        var gelijkenis = new TekstGelijkenis(alle.Select(i => i.Titel + " " + i.Omschrijving));
        var vector = gelijkenis.Vector(bron.Titel + " " + bron.Omschrijving);
        return alle
            .Where(i => i.Id != bron.Id && i.WijkId != bron.WijkId)
            .Select(i =>
            {
                var (cosinus, gedeeld) = TekstGelijkenis.Vergelijk(vector, gelijkenis.Vector(i.Titel + " " + i.Omschrijving));
                var zelfdeThema = i.Thema == bron.Thema && i.Thema != Thema.Anders;
                return new Match(i.Id, i.Referentie, i.Titel, i.Wijk, i.Thema, zelfdeThema, gedeeld.Take(5).ToList(),
                    Math.Round(cosinus, 3), Math.Round(cosinus + (zelfdeThema ? ThemaGewicht : 0), 3));
            })
            .Where(m => m.Score >= Drempel && (m.TekstScore > 0 || m.ZelfdeThema))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Referentie, StringComparer.Ordinal)
            .Take(aantal)
            .ToList();
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// A volunteer's registration for the inzageverzoek and erasure on request (<c>/api/privacy/bewoners</c>). Before the
/// draw, erasing withdraws the registration (it is deleted: a volunteer nobody can reach should not take a seat); from
/// the draw on it is erased like the whole beraad's (<see cref="BurgerberaadPersoonsgegevens"/>), so the published
/// result keeps its pseudonym. The chat transcripts go in both cases.
/// </summary>
public sealed class BurgerberaadAanmeldingBron(ParticipatieDbContext db) : IPersoonsgegevensBron
{
    public string Soort => "burgerberaad-aanmelding";

    public async Task<IReadOnlyList<PersoonsgegevensVondst>> ZoekAsync(PersoonsgegevensZoekterm zoek, CancellationToken ct)
    {
        var aanmeldingen = await db.BurgerberaadAanmeldingen.AsNoTracking().Where(a => a.Naam != BurgerberaadPersoonsgegevens.Gewist)
            .Join(db.Burgerberaden, a => a.BeraadId, b => b.Id, (a, b) => new { a.Id, a.Naam, a.Email, a.Telefoon, a.Pseudoniem, b.Thema })
            .ToListAsync(ct);
        return aanmeldingen.Where(a => zoek.Past(a.Naam, a.Email, a.Telefoon))
            .Select(a => new PersoonsgegevensVondst(a.Id, a.Naam, a.Email, a.Telefoon, $"aanmelding burgerberaad '{a.Thema}' ({a.Pseudoniem})"))
            .ToList();
    }

    public async Task<PersoonsgegevensSectie?> ExporteerAsync(int id, CancellationToken ct)
    {
        var gevonden = await db.BurgerberaadAanmeldingen.AsNoTracking().Where(a => a.Id == id)
            .Join(db.Burgerberaden, a => a.BeraadId, b => b.Id, (a, b) => new { a, b.Thema })
            .Join(db.BurgerberaadAdressen, x => x.a.AdresId, adres => adres.Id, (x, adres) => new { x.a, x.Thema, adres })
            .SingleOrDefaultAsync(ct);
        if (gevonden is null)
        {
            return null;
        }

        var (a, adres) = (gevonden.a, gevonden.adres);
        var gegevens = new Dictionary<string, string?>
        {
            ["burgerberaad"] = gevonden.Thema,
            ["pseudoniem"] = a.Pseudoniem,
            ["naam"] = a.Naam,
            ["e-mail"] = a.Email,
            ["telefoon"] = a.Telefoon,
            ["adres"] = $"{adres.Straat} {adres.Huisnummer}{(adres.Toevoeging is null ? "" : " " + adres.Toevoeging)}, {adres.Postcode} {adres.Woonplaats}",
            ["antwoorden"] = string.Join("; ", a.Antwoorden.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")),
            ["beschikbaarheid"] = a.Beschikbaarheid,
            ["aangemeld op"] = a.AangemeldOp.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["gewijzigd op"] = a.GewijzigdOp.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["uitkomst"] = a.Uitkomst.ToString(),
            ["kans"] = a.Kans?.ToString("0.######", CultureInfo.InvariantCulture),
            ["reservenummer"] = a.ReserveNummer?.ToString(CultureInfo.InvariantCulture),
        };
        return new PersoonsgegevensSectie($"aanmelding burgerberaad '{gevonden.Thema}' ({a.Pseudoniem})", gegevens, a.ConversationIds);
    }

    public async Task<bool> WisAsync(int id, CancellationToken ct)
    {
        var aanmelding = await db.BurgerberaadAanmeldingen.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (aanmelding is null || aanmelding.Naam == BurgerberaadPersoonsgegevens.Gewist)
        {
            return false;
        }

        var status = await db.Burgerberaden.Where(b => b.Id == aanmelding.BeraadId).Select(b => b.SelectieStatus).SingleAsync(ct);
        ChatTranscripten.Wis(db, aanmelding.ConversationIds);
        if (status is BurgerberaadSelectieStatus.NietGestart or BurgerberaadSelectieStatus.Mislukt)
        {
            db.BurgerberaadAanmeldingen.Remove(aanmelding);
            return true;
        }

        (aanmelding.Naam, aanmelding.Email, aanmelding.Telefoon, aanmelding.Beschikbaarheid) = (BurgerberaadPersoonsgegevens.Gewist, null, null, null);
        aanmelding.ConversationIds = [];
        if (await db.BurgerberaadAdressen.SingleOrDefaultAsync(a => a.Id == aanmelding.AdresId, ct) is { } adres && adres.Straat != BurgerberaadPersoonsgegevens.Gewist)
        {
            (adres.Straat, adres.Huisnummer, adres.Toevoeging) = (BurgerberaadPersoonsgegevens.Gewist, 0, null);
            adres.Postcode = adres.Postcode.Length >= 4 ? adres.Postcode[..4] : adres.Postcode;
        }

        return true;
    }
}

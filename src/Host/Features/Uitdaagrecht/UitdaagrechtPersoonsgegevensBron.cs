using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// An uitdaagrecht request's contact (name, e-mail, phone, the chat conversation) for the inzageverzoek and erasure on
/// request (<c>/api/privacy/bewoners</c>). Erasing does what the retention period does (<see cref="UitdaagrechtBewaartermijn"/>)
/// and also deletes the conversation's transcript and bot state; the request itself stays for the record. A request
/// still running then has no way to tell the residents about its next steps: that is what erasure means.
/// </summary>
public sealed class UitdaagrechtPersoonsgegevensBron(ParticipatieDbContext db) : IPersoonsgegevensBron
{
    public const string SoortNaam = "uitdaagrecht";

    public string Soort => SoortNaam;

    public async Task<IReadOnlyList<PersoonsgegevensVondst>> ZoekAsync(PersoonsgegevensZoekterm zoek, CancellationToken ct)
    {
        var verzoeken = await db.UitdaagrechtVerzoeken.AsNoTracking()
            .Where(v => (v.ContactNaam != null && v.ContactNaam != UitdaagrechtBewaartermijn.Gewist) || v.ContactEmail != null || v.ContactTelefoon != null)
            .Select(v => new { v.Id, v.Referentie, v.Taak, v.ContactNaam, v.ContactEmail, v.ContactTelefoon })
            .ToListAsync(ct);
        return verzoeken.Where(v => zoek.Past(v.ContactNaam, v.ContactEmail, v.ContactTelefoon))
            .Select(v => new PersoonsgegevensVondst(v.Id, v.ContactNaam ?? "", v.ContactEmail, v.ContactTelefoon, $"uitdaagrecht {v.Referentie}: {v.Taak}"))
            .ToList();
    }

    public async Task<PersoonsgegevensSectie?> ExporteerAsync(int id, CancellationToken ct)
    {
        var v = await db.UitdaagrechtVerzoeken.AsNoTracking().Include(x => x.Buurt).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return null;
        }

        var gegevens = new Dictionary<string, string?>
        {
            ["referentie"] = v.Referentie,
            ["taak"] = v.Taak,
            ["buurt"] = v.Buurt?.Naam,
            ["locatie"] = v.Locatie,
            ["organisatievorm"] = v.Organisatievorm,
            ["groep"] = v.GroepNaam,
            ["aantal leden"] = v.AantalLeden.ToString(CultureInfo.InvariantCulture),
            ["contactpersoon"] = v.ContactNaam,
            ["e-mail"] = v.ContactEmail,
            ["telefoon"] = v.ContactTelefoon,
            ["status"] = v.Status.ToString(),
            ["toelichting status"] = v.StatusToelichting,
            ["besluit"] = v.Besluit,
            ["ingediend op"] = v.IngediendOp.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        };
        return new PersoonsgegevensSectie($"uitdaagrecht {v.Referentie}: {v.Taak}", gegevens, v.ConversationId is { } gesprek ? [gesprek] : []);
    }

    public async Task<bool> WisAsync(int id, CancellationToken ct)
    {
        var verzoek = await db.UitdaagrechtVerzoeken.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (verzoek is null || (verzoek.ContactNaam == UitdaagrechtBewaartermijn.Gewist && verzoek.ContactEmail is null && verzoek.ContactTelefoon is null
            && verzoek.ConversationId is null))
        {
            return false;
        }

        if (verzoek.ConversationId is { } gesprek)
        {
            ChatTranscripten.Wis(db, [gesprek]);
        }

        (verzoek.ContactNaam, verzoek.ContactEmail, verzoek.ContactTelefoon, verzoek.ConversationId, verzoek.UserId) =
            (UitdaagrechtBewaartermijn.Gewist, null, null, null, null);
        return true;
    }
}

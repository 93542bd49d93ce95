using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Initiatieven;

/// <summary>Registers initiatives: the resident, the initiative with its first status, a reference number, then the handlers (routing).</summary>
public sealed class InitiatiefService(ParticipatieDbContext db, TimeProvider clock, IEnumerable<IInitiatiefIngediendHandler> handlers)
{
    public async Task<Initiatief> DienInAsync(NieuwInitiatief aanvraag, CancellationToken ct)
    {
        if (aanvraag.Idempotentiesleutel is not null)
        {
            var bestaand = await db.Initiatieven.SingleOrDefaultAsync(i => i.Idempotentiesleutel == aanvraag.Idempotentiesleutel, ct);
            if (bestaand is not null)
            {
                return bestaand;
            }
        }

        var buurt = await db.Buurten.SingleOrDefaultAsync(b => b.Code == aanvraag.BuurtCode, ct)
            ?? throw new InvalidOperationException($"Onbekende buurt {aanvraag.BuurtCode}.");
        var nu = clock.GetUtcNow().UtcDateTime;
        var bewoner = new Bewoner { Naam = aanvraag.Naam, Email = aanvraag.Email, Telefoon = aanvraag.Telefoon, Postcode = aanvraag.Postcode, AangemaaktOp = nu };
        var initiatief = new Initiatief
        {
            Referentie = "",
            Titel = aanvraag.Titel,
            Omschrijving = aanvraag.Omschrijving,
            Buurt = buurt,
            Thema = aanvraag.Thema,
            VoorWie = aanvraag.VoorWie,
            MetWie = aanvraag.MetWie,
            AantalDeelnemers = aanvraag.AantalDeelnemers,
            GevraagdeOndersteuning = aanvraag.Hulp,
            WilZelfUitvoeren = aanvraag.WilZelfUitvoeren,
            GeraamdBudget = aanvraag.GeraamdBudget,
            EigenBijdrageGeld = aanvraag.EigenBijdrageGeld,
            EigenBijdrageUren = aanvraag.EigenBijdrageUren,
            EigenBijdrageMaterialen = aanvraag.EigenBijdrageMaterialen,
            GevraagdBedrag = Math.Max(0, aanvraag.GeraamdBudget - aanvraag.EigenBijdrageGeld),
            StartDatum = aanvraag.StartDatum,
            IngediendOp = nu,
            Bewoner = bewoner,
            ConversationId = aanvraag.ConversationId,
            Idempotentiesleutel = aanvraag.Idempotentiesleutel,
        };
        initiatief.ZetStatus(InitiatiefStatus.Ingediend, nu, "bewoner", "Ingediend via de chat.");
        db.Initiatieven.Add(initiatief);

        // The reference number counts per year; a clash with a concurrent intake is retried.
        for (var attempt = 0; ; attempt++)
        {
            initiatief.Referentie = await VolgendeReferentieAsync(nu.Year, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
            }
        }

        foreach (var handler in handlers)
        {
            await handler.OnIngediendAsync(initiatief, ct);
        }

        return initiatief;
    }

    private async Task<string> VolgendeReferentieAsync(int jaar, CancellationToken ct)
    {
        var prefix = $"INI-{jaar}-";
        var bestaande = await db.Initiatieven.Where(i => i.Referentie.StartsWith(prefix)).Select(i => i.Referentie).ToListAsync(ct);
        var hoogste = bestaande.Select(r => int.TryParse(r[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{hoogste + 1:0000}";
    }
}

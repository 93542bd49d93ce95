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

        // The reference number comes from the row id, so concurrent intakes can never get the same one.
        initiatief.Referentie = "NIEUW-" + Guid.NewGuid().ToString("N")[..12];
        await db.SaveChangesAsync(ct);
        initiatief.Referentie = string.Create(CultureInfo.InvariantCulture, $"INI-{nu.Year}-{initiatief.Id:0000}");
        await db.SaveChangesAsync(ct);

        foreach (var handler in handlers)
        {
            await handler.OnIngediendAsync(initiatief, ct);
        }

        return initiatief;
    }
}

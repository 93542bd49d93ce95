using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>
/// Registers initiatives: the resident, the initiative with its first status and reference number in one
/// transaction, then the handlers (routing). Idempotent per <see cref="NieuwInitiatief.Idempotentiesleutel"/>: a
/// repeated submission (the resident sends "versturen" again after a crash) finishes what the first began — one
/// initiative, with its routing — and never registers a second.
/// </summary>
public sealed class InitiatiefService(ParticipatieDbContext db, TimeProvider clock, HulpsoortCatalogus hulpsoorten, IEnumerable<IInitiatiefIngediendHandler> handlers)
{
    public async Task<Initiatief> DienInAsync(NieuwInitiatief aanvraag, CancellationToken ct)
    {
        var initiatief = await BestaandAsync(aanvraag, ct) ?? await RegistreerAsync(aanvraag, ct);
        foreach (var handler in handlers)
        {
            await handler.OnIngediendAsync(initiatief, ct);
        }

        return initiatief;
    }

    private async Task<Initiatief?> BestaandAsync(NieuwInitiatief aanvraag, CancellationToken ct) =>
        aanvraag.Idempotentiesleutel is null
            ? null
            : await db.Initiatieven.SingleOrDefaultAsync(i => i.Idempotentiesleutel == aanvraag.Idempotentiesleutel, ct);

    private async Task<Initiatief> RegistreerAsync(NieuwInitiatief aanvraag, CancellationToken ct)
    {
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
            GevraagdeHulp = hulpsoorten.Codes(aanvraag.Hulp),
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

        // The reference number comes from the row id, so concurrent intakes can never get the same one. Both saves
        // are one transaction: no initiative is ever left with its temporary number.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        initiatief.Referentie = "NIEUW-" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (aanvraag.Idempotentiesleutel is not null)
        {
            // The same submission arrived twice at once; the other one registered it.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await BestaandAsync(aanvraag, ct) ?? throw new InvalidOperationException("Het initiatief kon niet worden geregistreerd.");
        }

        initiatief.Referentie = string.Create(CultureInfo.InvariantCulture, $"INI-{nu.Year}-{initiatief.Id:0000}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return initiatief;
    }
}

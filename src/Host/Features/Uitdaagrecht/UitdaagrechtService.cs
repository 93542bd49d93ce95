using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Workflows;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>Registers uitdaagrecht requests, starts their workflow, and gives the rules their view of a request.</summary>
public sealed partial class UitdaagrechtService(ParticipatieDbContext db, WorkflowEngine engine, TimeProvider clock, ILogger<UitdaagrechtService> logger)
{
    public const string DefinitionId = "uitdaagrecht";

    public static readonly IReadOnlyList<string> Organisatievormen = ["vereniging", "stichting", "cooperatie", "informeel"];

    /// <summary>Stores the request with its reference number and starts its workflow.</summary>
    public async Task<UitdaagrechtVerzoek> DienInAsync(NieuwUitdaagrechtVerzoek nieuw, CancellationToken ct)
    {
        var vorm = nieuw.Organisatievorm.Trim().ToLowerInvariant().Replace("coöperatie", "cooperatie", StringComparison.Ordinal);
        if (!Organisatievormen.Contains(vorm))
        {
            throw new ArgumentException($"'{nieuw.Organisatievorm}' is geen organisatievorm; kies uit {string.Join(", ", Organisatievormen)}.", nameof(nieuw));
        }

        int? buurtId = string.IsNullOrWhiteSpace(nieuw.BuurtCode)
            ? null
            : await db.Buurten.Where(b => b.Code == nieuw.BuurtCode).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);
        var nu = clock.GetUtcNow().UtcDateTime;
        var verzoek = new UitdaagrechtVerzoek
        {
            Referentie = "NIEUW-" + Guid.NewGuid().ToString("N")[..12],
            Taak = Kort(nieuw.Taak.Trim(), 1000),
            Taaksoort = UitdaagrechtTaaksoorten.Herken(nieuw.Taak)?.Code,
            BuurtId = buurtId,
            Locatie = nieuw.Locatie is null ? null : Kort(nieuw.Locatie.Trim(), 200),
            Organisatievorm = vorm,
            GroepNaam = nieuw.GroepNaam is null ? null : Kort(nieuw.GroepNaam.Trim(), 200),
            AantalLeden = Math.Max(0, nieuw.AantalLeden),
            VerwachteKosten = nieuw.VerwachteKosten is > 0 ? nieuw.VerwachteKosten : null,
            ContactNaam = nieuw.ContactNaam,
            ContactEmail = nieuw.ContactEmail,
            ContactTelefoon = nieuw.ContactTelefoon,
            ConversationId = nieuw.ConversationId,
            UserId = nieuw.UserId,
            IngediendOp = nu,
        };
        verzoek.ZetStatus(UitdaagrechtStatus.Ingediend, nu, "Ingediend via de chat.");
        db.UitdaagrechtVerzoeken.Add(verzoek);

        // The reference number comes from the row id; both saves are one transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            verzoek.Referentie = string.Create(CultureInfo.InvariantCulture, $"UDR-{nu.Year}-{verzoek.Id:0000}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        try
        {
            await StartAsync(verzoek, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The request is stored and the residents get its number; UitdaagrechtHerstel starts the workflow later
            // (or tells beheer). Failing the chat here would only make them submit it a second time.
            LogStartFailed(ex, verzoek.Referentie);
        }

        return verzoek;
    }

    /// <summary>Starts the request's workflow once: the instance id follows from the request, and the link commits with the instance.</summary>
    public async Task StartAsync(UitdaagrechtVerzoek verzoek, CancellationToken ct)
    {
        if (verzoek.WorkflowInstanceId is not null)
        {
            return;
        }

        if (await engine.Definitions.GetPublishedAsync(DefinitionId, ct) is null)
        {
            LogNoWorkflow(verzoek.Referentie);
            return;
        }

        var verzoekId = verzoek.Id;
        var buurtCode = verzoek.BuurtId is { } buurtId ? await db.Buurten.Where(b => b.Id == buurtId).Select(b => b.Code).SingleOrDefaultAsync(ct) : null;
        var instanceId = InstanceIdVoor(verzoekId);
        if (await engine.Runtime.GetAsync(instanceId, ct) is not null)
        {
            // Started before, its link lost (the link commits with the instance, so only by a hand-made instance): link it, never start a second.
            await db.UitdaagrechtVerzoeken.Where(v => v.Id == verzoekId && v.WorkflowInstanceId == null)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.WorkflowInstanceId, instanceId), ct);
            verzoek.WorkflowInstanceId = instanceId;
            return;
        }

        try
        {
            await engine.Runtime.StartAsync(new StartWorkflowRequest
            {
                DefinitionId = DefinitionId,
                InstanceId = instanceId,
                CorrelationId = verzoek.Referentie,
                InCommit =
                [
                    async (commit, token) =>
                    {
                        var row = await commit.Resource<ParticipatieDbContext>().UitdaagrechtVerzoeken.SingleAsync(v => v.Id == verzoekId, token);
                        row.WorkflowInstanceId = instanceId;
                    },
                ],
                Input = new JsonObject
                {
                    [UitdaagrechtVariabelen.VerzoekId] = verzoekId,
                    ["Referentie"] = verzoek.Referentie,
                    ["BuurtCode"] = buurtCode,
                },
            }, ct);
        }
        catch (WorkflowConcurrencyException)
        {
            // Started a moment ago by another attempt, with its link in the same commit.
        }

        verzoek.WorkflowInstanceId = instanceId;
        if (db.Entry(verzoek).State != EntityState.Detached)
        {
            await db.Entry(verzoek).ReloadAsync(ct);
        }
    }

    /// <summary>The workflow instance's id follows from the request, so a repeated start (or the repair) finds the first one.</summary>
    public static string InstanceIdVoor(int verzoekId) => string.Create(CultureInfo.InvariantCulture, $"uitdaagrecht-{verzoekId}");

    /// <summary>Requests (all, or by reference) as input for the rules editor's test panel and what-if.</summary>
    public static async Task<IReadOnlyList<Regels.RegelsetProef.Invoer>> ProefInvoerAsync(ParticipatieDbContext db, IReadOnlyList<string>? referenties, CancellationToken ct)
    {
        var query = db.UitdaagrechtVerzoeken.AsNoTracking().Include(v => v.Buurt).AsQueryable();
        if (referenties is not null)
        {
            query = query.Where(v => referenties.Contains(v.Referentie));
        }

        return (await query.OrderBy(v => v.Referentie).ToListAsync(ct))
            .Select(v => new Regels.RegelsetProef.Invoer(v.Referentie, v.Taak, $"{v.Buurt?.Naam} · {v.Status}", RegelInvoer(v)))
            .ToList();
    }

    /// <summary>The request as the <c>uitdaagrecht</c> rules see it (its buurt loaded).</summary>
    public static UitdaagrechtRegelInvoer RegelInvoer(UitdaagrechtVerzoek verzoek)
    {
        var soort = UitdaagrechtTaaksoorten.Zoek(verzoek.Taaksoort);
        return new UitdaagrechtRegelInvoer
        {
            Taaksoort = soort?.Code ?? "",
            Organisatievorm = verzoek.Organisatievorm,
            AantalLeden = verzoek.AantalLeden,
            VerwachteKosten = (double)(verzoek.VerwachteKosten ?? 0),
            BudgetpostBekend = soort?.HeeftBudgetpost == true,
            BuurtCode = verzoek.Buurt?.Code ?? "",
        };
    }

    /// <summary>Residents or staff withdraw the request: the workflow stops, open tasks lapse.</summary>
    public async Task<bool> TrekInAsync(int verzoekId, string door, CancellationToken ct)
    {
        var verzoek = await db.UitdaagrechtVerzoeken.SingleOrDefaultAsync(v => v.Id == verzoekId, ct);
        if (verzoek is null || verzoek.Status is UitdaagrechtStatus.Ingetrokken or UitdaagrechtStatus.Beeindigd or UitdaagrechtStatus.NietOntvankelijk or UitdaagrechtStatus.Afgewezen)
        {
            return false;
        }

        if (verzoek.WorkflowInstanceId is { } instanceId && await engine.Runtime.GetAsync(instanceId, ct) is { Status: WorkflowStatus.Running })
        {
            await engine.Runtime.CancelAsync(instanceId, ct);
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        if (verzoek.WorkflowInstanceId is { } id)
        {
            foreach (var taak in await db.Taken.Where(t => t.WorkflowInstanceId == id && t.Status == TaakStatus.Open).ToListAsync(ct))
            {
                (taak.Status, taak.AfgerondOp, taak.Toelichting) = (TaakStatus.Geannuleerd, nu, "Vervallen: het uitdaagrechtverzoek is ingetrokken.");
            }
        }

        verzoek.ZetStatus(UitdaagrechtStatus.Ingetrokken, nu, $"Ingetrokken door {door}.");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string Kort(string tekst, int max) => tekst.Length > max ? tekst[..max] : tekst;

    [LoggerMessage(Level = LogLevel.Error, Message = "Starting the workflow of uitdaagrecht request {Referentie} failed; the repair pass retries it")]
    private partial void LogStartFailed(Exception exception, string referentie);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No published uitdaagrecht workflow; request {Referentie} waits without handling")]
    private partial void LogNoWorkflow(string referentie);
}

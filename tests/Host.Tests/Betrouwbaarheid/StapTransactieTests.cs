using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Betrouwbaarheid;

/// <summary>
/// One transaction per step: a crash between the workflow's save and any of the step's effects (task rows, status
/// and history, rule decisions, messages to the resident) leaves nothing half done, and doing it again completes it.
/// </summary>
public sealed class StapTransactieTests
{
    [Fact]
    public async Task TaskCompletion_CrashBeforeAnyEffect_ChangesNothing_AndTheRetryCompletesIt()
    {
        using var factory = new StapFoutFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        await resident.PollAsync();
        var staff = await factory.CreateStaffClientAsync("wijkcoordinator");
        var (initiatiefId, taakId) = await IntakeTaakAsync(factory, referentie);
        var voor = await StandAsync(factory, initiatiefId);

        var pogingen = 0;
        HttpResponseMessage antwoord;
        while (true)
        {
            factory.Fout.Wapen(pogingen, "routering-");
            antwoord = await staff.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten", toelichting = "Mooi plan." });
            if (factory.Fout.Gevuurd == pogingen)
            {
                // The injector was not reached at this index: the step has fewer effects, and this attempt went through.
                factory.Fout.Ontwapen();
                break;
            }

            pogingen++;
            Assert.Equal(HttpStatusCode.InternalServerError, antwoord.StatusCode);
            Assert.Equal(voor, await StandAsync(factory, initiatiefId));
            Assert.DoesNotContain(await resident.PollAsync(), a => a["from"]?["role"]?.GetValue<string>() == "bot");
            Assert.True(pogingen < 30, "the step should have fewer than 30 effects");
        }

        Assert.True(pogingen >= 4, $"the completion step should have several effects (task, status, decision, message); it had {pogingen}");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var na = await StandAsync(factory, initiatiefId);
        Assert.Equal("Afgerond", na.TaakStatus);
        Assert.Equal("Advies", na.Status);
        Assert.True(na.Beslissingen > voor.Beslissingen);
        Assert.True(na.Taken > voor.Taken, "the next task (the wijkraad's advice) exists");
        var berichten = await WachtOpBerichtenAsync(resident, 1);
        Assert.Single(berichten, b => b.Contains("wijkcoördinator heeft uw initiatief bekeken", StringComparison.Ordinal));

        // Completing it again is a clear conflict, not a second step.
        var nogmaals = await staff.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten" });
        Assert.Equal(HttpStatusCode.Conflict, nogmaals.StatusCode);
        Assert.Equal(na, await StandAsync(factory, initiatiefId));
    }

    [Fact]
    public async Task IntakeSubmission_CrashInTheRoutingStart_RepeatingVersturenFinishesIt_WithOneInitiativeAndOneRouting()
    {
        using var factory = new StapFoutFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        await Intake.DoeAsync(resident, factory.HostClock, verstuur: false);

        var pogingen = 0;
        List<string> antwoord;
        while (true)
        {
            factory.Fout.Wapen(pogingen, "routering-");
            antwoord = await resident.AskAsync("Klopt, versturen");
            if (factory.Fout.Gevuurd == pogingen)
            {
                factory.Fout.Ontwapen();
                break;
            }

            pogingen++;
            await using var db = await Db(factory);
            var initiatieven = await db.Initiatieven.Where(i => i.ConversationId == resident.ConversationId).ToListAsync();
            var enig = Assert.Single(initiatieven);
            Assert.Null(enig.WorkflowInstanceId);
            Assert.StartsWith("INI-", enig.Referentie, StringComparison.Ordinal);
            Assert.Equal(0, await db.WorkflowInstances.CountAsync(w => w.CorrelationId == enig.Referentie));
            Assert.Equal(0, await db.Taken.CountAsync(t => t.InitiatiefId == enig.Id));
            Assert.True(pogingen < 30, "the start step should have fewer than 30 effects");
        }

        Assert.True(pogingen >= 3, $"the routing's first step should have several effects; it had {pogingen}");
        Assert.Contains(antwoord, a => System.Text.RegularExpressions.Regex.IsMatch(a, @"INI-\d{4}-\d{4}"));
        await using (var db = await Db(factory))
        {
            var initiatief = Assert.Single(await db.Initiatieven.Where(i => i.ConversationId == resident.ConversationId).ToListAsync());
            Assert.Equal(InitiatiefRoutering.InstanceIdVoor(initiatief.Id), initiatief.WorkflowInstanceId);
            Assert.Equal(1, await db.WorkflowInstances.CountAsync(w => w.CorrelationId == initiatief.Referentie));
            Assert.Equal(1, await db.Taken.CountAsync(t => t.InitiatiefId == initiatief.Id && t.Status == TaakStatus.Open));
            Assert.Equal(InitiatiefStatus.InBehandeling, initiatief.Status);
        }
    }

    [Fact]
    public async Task Repair_AnInitiativeLeftWithoutRouting_IsRouted_AndAnUnlinkedInstanceIsLinkedNotDuplicated()
    {
        using var factory = new StapFoutFactory();
        var clock = factory.HostClock;
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, clock);
        int zonder, ontkoppeld;
        string ontkoppeldeInstantie;
        await using (var db = await Db(factory))
        {
            var origineel = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Referentie == referentie);
            var lang = clock.GetUtcNow().UtcDateTime - InitiatiefHerstel.Rusttijd - TimeSpan.FromMinutes(1);
            // As a crash in an older release left them: one without any routing, one whose routing was started but not linked.
            var a = Kopie(origineel, "herstel-a", lang, "NIEUW-0123456789ab");
            var b = Kopie(origineel, "herstel-b", lang, "INI-2001-9999");
            db.Initiatieven.AddRange(a, b);
            await db.SaveChangesAsync();
            (zonder, ontkoppeld) = (a.Id, b.Id);
        }

        var engine = factory.Services.GetRequiredService<Participatie.Workflows.WorkflowEngine>();
        ontkoppeldeInstantie = (await engine.Runtime.StartAsync(new Participatie.Workflows.Runtime.StartWorkflowRequest
        {
            DefinitionId = InitiatiefRoutering.DefinitionId,
            CorrelationId = "INI-2001-9999",
            Input = new JsonObject { ["InitiatiefId"] = ontkoppeld, ["Referentie"] = "INI-2001-9999", ["WilZelfUitvoeren"] = true },
        })).Instance.Id;

        var herstel = factory.Services.GetRequiredService<InitiatiefHerstel>();
        await using (await factory.Services.GetRequiredService<INodeLocks>().AcquireAsync(InitiatiefHerstel.SweepLock, default))
        {
            // Another node's repair round is running: this node's round leaves the initiatives to it.
            Assert.Equal(new InitiatiefHerstel.Resultaat(0, 0), await herstel.RunOnceAsync(default));
        }

        var resultaat = await herstel.RunOnceAsync(default);

        Assert.Equal(new InitiatiefHerstel.Resultaat(2, 0), resultaat);
        await using (var db = await Db(factory))
        {
            var a = await db.Initiatieven.SingleAsync(i => i.Id == zonder);
            Assert.Equal(InitiatiefRoutering.InstanceIdVoor(zonder), a.WorkflowInstanceId);
            Assert.Matches(@"^INI-\d{4}-\d{4}$", a.Referentie);
            var b = await db.Initiatieven.SingleAsync(i => i.Id == ontkoppeld);
            Assert.Equal(ontkoppeldeInstantie, b.WorkflowInstanceId);
            Assert.Equal(1, await db.WorkflowInstances.CountAsync(w => w.CorrelationId == "INI-2001-9999"));
        }

        Assert.Equal(new InitiatiefHerstel.Resultaat(0, 0), await factory.Services.GetRequiredService<InitiatiefHerstel>().RunOnceAsync(default));
    }

    private static Initiatief Kopie(Initiatief o, string sleutel, DateTime op, string referentie)
    {
        var kopie = new Initiatief
        {
            Referentie = referentie,
            Titel = o.Titel,
            Omschrijving = o.Omschrijving,
            BuurtId = o.BuurtId,
            Thema = o.Thema,
            VoorWie = o.VoorWie,
            MetWie = o.MetWie,
            AantalDeelnemers = o.AantalDeelnemers,
            GevraagdeHulp = [.. o.GevraagdeHulp],
            WilZelfUitvoeren = o.WilZelfUitvoeren,
            GeraamdBudget = o.GeraamdBudget,
            GevraagdBedrag = o.GevraagdBedrag,
            StartDatum = o.StartDatum,
            IngediendOp = op,
            BewonerId = o.BewonerId,
            Idempotentiesleutel = sleutel,
        };
        kopie.ZetStatus(InitiatiefStatus.Ingediend, op, "bewoner", "Ingediend via de chat.");
        return kopie;
    }

    private sealed record Stand(string Status, int Historie, string TaakStatus, int Taken, int Beslissingen, int Berichten, long Versie);

    private static async Task<(int InitiatiefId, int TaakId)> IntakeTaakAsync(ParticipatieFactory factory, string referentie)
    {
        await using var db = await Db(factory);
        var initiatief = await db.Initiatieven.SingleAsync(i => i.Referentie == referentie);
        var taak = await db.Taken.SingleAsync(t => t.InitiatiefId == initiatief.Id && t.Status == TaakStatus.Open);
        return (initiatief.Id, taak.Id);
    }

    private static async Task<Stand> StandAsync(ParticipatieFactory factory, int initiatiefId)
    {
        await using var db = await Db(factory);
        var initiatief = await db.Initiatieven.AsNoTracking().Include(i => i.StatusHistorie).SingleAsync(i => i.Id == initiatiefId);
        var eersteTaak = await db.Taken.AsNoTracking().Where(t => t.InitiatiefId == initiatiefId).OrderBy(t => t.Id).FirstAsync();
        return new Stand(
            initiatief.Status.ToString(),
            initiatief.StatusHistorie.Count,
            eersteTaak.Status.ToString(),
            await db.Taken.CountAsync(t => t.InitiatiefId == initiatiefId),
            await db.RegelBeslissingen.CountAsync(b => b.InitiatiefId == initiatiefId),
            await db.UitgaandeBerichten.CountAsync(b => b.InitiatiefId == initiatiefId),
            await db.WorkflowInstances.Where(w => w.Id == initiatief.WorkflowInstanceId).Select(w => w.ConcurrencyVersion).SingleAsync());
    }

    /// <summary>Delivery follows the commit; poll until the expected number of bot messages arrived (or a few seconds passed).</summary>
    internal static async Task<List<string>> WachtOpBerichtenAsync(DirectLineClient resident, int aantal)
    {
        var berichten = new List<string>();
        var gewacht = System.Diagnostics.Stopwatch.StartNew();
        while (gewacht.Elapsed < TimeSpan.FromSeconds(10))
        {
            berichten.AddRange((await resident.PollAsync()).Where(a => a["from"]?["role"]?.GetValue<string>() == "bot").Select(a => a["text"]?.GetValue<string>() ?? ""));
            if (berichten.Count >= aantal)
            {
                // One more look: a duplicate would show up now.
                await Task.Delay(500);
                berichten.AddRange((await resident.PollAsync()).Where(a => a["from"]?["role"]?.GetValue<string>() == "bot").Select(a => a["text"]?.GetValue<string>() ?? ""));
                return berichten;
            }

            await Task.Delay(100);
        }

        return berichten;
    }

    internal static Task<ParticipatieDbContext> Db(ParticipatieFactory factory) => factory.CreateDbContextAsync();
}

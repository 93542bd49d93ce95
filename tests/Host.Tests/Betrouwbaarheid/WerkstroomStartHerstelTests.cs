using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Features.Taken;
using Participatie.Host.Domain;
using Participatie.Host.Features.Buurtbudget;
using Participatie.Host.Features.Uitdaagrecht;
using Participatie.Host.Nodes;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Host.Tests.Uitdaagrecht;
using Participatie.Workflows;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Tests.Betrouwbaarheid;

/// <summary>
/// Uitdaagrecht requests and buurtbudget rounds whose workflow did not start (a start that threw, a crash between the
/// record's commit and the start, an older release that never linked its instance) are repaired by the same sweep as
/// initiatives: exactly one instance, linked, never a second one, one node at a time, and beheer is told what fails.
/// </summary>
public sealed class WerkstroomStartHerstelTests
{
    [Fact]
    public async Task Uitdaagrecht_StartThrows_ResidentGetsTheNumber_RepairStartsExactlyOneInstance_AFailingRepairIsReportedOnce()
    {
        using var factory = new StapFoutFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());

        // The workflow's first commit fails: nothing of the instance is stored, the request is.
        factory.Fout.Wapen(0, "uitdaagrecht-");
        var (referentie, _) = await UitdaagrechtChat.DoeAsync(resident);
        Assert.Equal(1, factory.Fout.Gevuurd);
        int id;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var verzoek = await db.UitdaagrechtVerzoeken.SingleAsync(v => v.Referentie == referentie);
            Assert.Null(verzoek.WorkflowInstanceId);
            Assert.Equal(UitdaagrechtStatus.Ingediend, verzoek.Status);
            Assert.Equal(0, await db.WorkflowInstances.CountAsync(w => w.CorrelationId == referentie));
            id = verzoek.Id;
        }

        var herstel = factory.Services.GetRequiredService<UitdaagrechtHerstel>();
        // Still within its quiet time: its own submission may be starting it.
        Assert.Equal(new WerkstroomStartHerstel.Resultaat(0, 0), await herstel.RunOnceAsync(default));
        await VeroudertAsync(factory, id);

        await using (await factory.Services.GetRequiredService<INodeLocks>().AcquireAsync(UitdaagrechtHerstel.SweepLock, default))
        {
            // Another node's round is running: this one leaves the request to it.
            Assert.Equal(new WerkstroomStartHerstel.Resultaat(0, 0), await herstel.RunOnceAsync(default));
        }

        // The repair's own start fails too: one task for beheer, however many rounds fail.
        factory.Fout.Wapen(0, "uitdaagrecht-");
        Assert.Equal(new WerkstroomStartHerstel.Resultaat(0, 1), await herstel.RunOnceAsync(default));
        factory.Fout.Wapen(0, "uitdaagrecht-");
        Assert.Equal(new WerkstroomStartHerstel.Resultaat(0, 0), await herstel.RunOnceAsync(default));
        await using (var db = await factory.CreateDbContextAsync())
        {
            var melding = Assert.Single(await db.Taken.Where(t => t.Titel.Contains(referentie)).ToListAsync());
            Assert.Equal("beheer", melding.Rol);
            Assert.Contains("Gesimuleerde crash", melding.Omschrijving, StringComparison.Ordinal);
        }

        factory.Fout.Ontwapen();
        var rondes = await Task.WhenAll(herstel.RunOnceAsync(default), herstel.RunOnceAsync(default));
        Assert.Equal(1, rondes.Sum(r => r.Hersteld));

        await using (var db = await factory.CreateDbContextAsync())
        {
            var verzoek = await db.UitdaagrechtVerzoeken.SingleAsync(v => v.Id == id);
            Assert.Equal(UitdaagrechtService.InstanceIdVoor(id), verzoek.WorkflowInstanceId);
            Assert.Equal(1, await db.WorkflowInstances.CountAsync(w => w.CorrelationId == referentie));
            // The workflow ran its first steps: the admissibility check moved the request on.
            Assert.NotEqual(UitdaagrechtStatus.Ingediend, verzoek.Status);
        }

        Assert.Equal(new WerkstroomStartHerstel.Resultaat(0, 0), await herstel.RunOnceAsync(default));
    }

    [Fact]
    public async Task Uitdaagrecht_AnInstanceThatExistsWithoutItsLink_IsLinked_NotStartedAgain()
    {
        using var factory = new StapFoutFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var (referentie, _) = await UitdaagrechtChat.DoeAsync(resident);
        int id;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var verzoek = await db.UitdaagrechtVerzoeken.SingleAsync(v => v.Referentie == referentie);
            id = verzoek.Id;
            Assert.Equal(UitdaagrechtService.InstanceIdVoor(id), verzoek.WorkflowInstanceId);
            // As if the link were lost: the request back at its first status without a link.
            verzoek.WorkflowInstanceId = null;
            verzoek.ZetStatus(UitdaagrechtStatus.Ingediend, verzoek.IngediendOp, null);
            await db.SaveChangesAsync();
        }

        await VeroudertAsync(factory, id);
        Assert.Equal(new WerkstroomStartHerstel.Resultaat(1, 0), await factory.Services.GetRequiredService<UitdaagrechtHerstel>().RunOnceAsync(default));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(UitdaagrechtService.InstanceIdVoor(id), (await db.UitdaagrechtVerzoeken.SingleAsync(v => v.Id == id)).WorkflowInstanceId);
            Assert.Equal(1, await db.WorkflowInstances.CountAsync(w => w.CorrelationId == referentie));
        }
    }

    [Fact]
    public async Task BuurtbudgetRonde_LeftWithoutLifecycle_IsStartedOnce_AndAnOlderUnlinkedInstanceIsLinked()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new StapFoutFactory(clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var buurt = await Buurtbudget.BuurtbudgetFasenTests.BuurtCodeAsync(factory);
        var t0 = factory.HostClock.GetUtcNow().UtcDateTime;

        // A start that throws before its commit: the round is not kept (a round without lifecycle would never open).
        factory.Fout.Wapen(0, "buurtbudget-ronde-");
        var mislukt = await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", Buurtbudget.BuurtbudgetFasenTests.RondeMetFasen(buurt, t0));
        Assert.Equal(HttpStatusCode.InternalServerError, mislukt.StatusCode);
        factory.Fout.Ontwapen();
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.BuurtbudgetRondes.CountAsync(r => r.Naam == "Buurtbudget met fasen"));
        }

        // Two rounds as a crash left them: one stored but never started, one started by an older release under a
        // random instance id and never linked.
        var aangemaakt = await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", Buurtbudget.BuurtbudgetFasenTests.RondeMetFasen(buurt, t0));
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var goed = (await aangemaakt.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        int zonder, ontkoppeld;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var origineel = await db.BuurtbudgetRondes.AsNoTracking().SingleAsync(r => r.Id == goed);
            Assert.Equal(BuurtbudgetRondeWorkflow.InstanceIdVoor(goed), origineel.WorkflowInstanceId);
            var a = Kopie(origineel, "zonder levenscyclus");
            var b = Kopie(origineel, "ontkoppeld");
            db.BuurtbudgetRondes.AddRange(a, b);
            await db.SaveChangesAsync();
            (zonder, ontkoppeld) = (a.Id, b.Id);
        }

        var engine = factory.Services.GetRequiredService<WorkflowEngine>();
        var oud = (await engine.Runtime.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = BuurtbudgetRondeWorkflow.DefinitionId,
            CorrelationId = BuurtbudgetRondeWorkflow.CorrelationIdVoor(ontkoppeld),
            Input = new JsonObject { [BuurtbudgetRondeWorkflow.RondeIdVariabele] = ontkoppeld },
        })).Instance.Id;

        var herstel = factory.Services.GetRequiredService<BuurtbudgetRondeHerstel>();
        var rondes = await Task.WhenAll(herstel.RunOnceAsync(default), herstel.RunOnceAsync(default));
        Assert.Equal(2, rondes.Sum(r => r.Hersteld));
        Assert.Equal(0, rondes.Sum(r => r.Gemeld));

        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(BuurtbudgetRondeWorkflow.InstanceIdVoor(zonder), (await db.BuurtbudgetRondes.SingleAsync(r => r.Id == zonder)).WorkflowInstanceId);
            Assert.Equal(oud, (await db.BuurtbudgetRondes.SingleAsync(r => r.Id == ontkoppeld)).WorkflowInstanceId);
            foreach (var id in new[] { goed, zonder, ontkoppeld })
            {
                Assert.Equal(1, await db.WorkflowInstances.CountAsync(w => w.CorrelationId == BuurtbudgetRondeWorkflow.CorrelationIdVoor(id)));
            }
        }

        // The repaired round moves through its phases like any other.
        await Buurtbudget.BuurtbudgetFasenTests.NaarAsync(factory, clock, t0, 2);
        Assert.Equal("Voorstellen", await Buurtbudget.BuurtbudgetFasenTests.FaseAsync(beleid, zonder));
        Assert.Equal(new WerkstroomStartHerstel.Resultaat(0, 0), await herstel.RunOnceAsync(default));
    }

    /// <summary>Moves the record back past the repair's quiet time (the test's clock stays where it is).</summary>
    private static async Task VeroudertAsync(ParticipatieFactory factory, int verzoekId)
    {
        var lang = factory.HostClock.GetUtcNow().UtcDateTime - WerkstroomStartHerstel.Rusttijd - TimeSpan.FromMinutes(1);
        await using var db = await factory.CreateDbContextAsync();
        await db.UitdaagrechtVerzoeken.Where(v => v.Id == verzoekId).ExecuteUpdateAsync(s => s.SetProperty(v => v.IngediendOp, lang));
    }

    private static BuurtbudgetRonde Kopie(BuurtbudgetRonde o, string naam) => new()
    {
        Naam = naam,
        BuurtId = o.BuurtId,
        Budget = o.Budget,
        StemmenVanaf = o.StemmenVanaf,
        StemmenTot = o.StemmenTot,
        VoorstellenVanaf = o.VoorstellenVanaf,
        VoorstellenTot = o.VoorstellenTot,
        BeoordelingTot = o.BeoordelingTot,
        UitvoeringVanaf = o.UitvoeringVanaf,
        UitvoeringTot = o.UitvoeringTot,
        Telmethode = o.Telmethode,
        Fase = BuurtbudgetFase.Voorbereiding,
        AangemaaktOp = o.AangemaaktOp - WerkstroomStartHerstel.Rusttijd - TimeSpan.FromMinutes(1),
    };
}

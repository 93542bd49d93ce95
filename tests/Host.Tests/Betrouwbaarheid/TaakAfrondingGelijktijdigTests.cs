using System.Net;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Domain;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Betrouwbaarheid;

/// <summary>Of two simultaneous completions of one task exactly one succeeds; the other gets 409 with a clear message.</summary>
public sealed class TaakAfrondingGelijktijdigTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public TaakAfrondingGelijktijdigTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task TasksWithoutAWorkflow_TwoSimultaneousCompletions_ExactlyOneSucceeds()
    {
        List<Taak> taken;
        await using (var db = await StapTransactieTests.Db(factory))
        {
            taken = await db.Taken.AsNoTracking().Where(t => t.Status == TaakStatus.Open && t.WorkflowInstanceId == null).OrderBy(t => t.Id).Take(12).ToListAsync();
        }

        Assert.True(taken.Count >= 10, "the demo data has open tasks without a workflow");
        var a = await factory.CreateStaffClientAsync("beheer");
        var b = await factory.CreateStaffClientAsync("beheer");
        foreach (var taak in taken)
        {
            var antwoorden = await Task.WhenAll(
                a.PostAsJsonAsync($"/api/taken/{taak.Id}/afronden", new { uitkomst = taak.Uitkomsten[0], toelichting = "A" }),
                b.PostAsJsonAsync($"/api/taken/{taak.Id}/afronden", new { uitkomst = taak.Uitkomsten[^1], toelichting = "B" }));

            Assert.Single(antwoorden, r => r.StatusCode == HttpStatusCode.OK);
            var conflict = Assert.Single(antwoorden, r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.Contains("al afgerond", await conflict.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            await using var db = await StapTransactieTests.Db(factory);
            var opgeslagen = await db.Taken.AsNoTracking().SingleAsync(t => t.Id == taak.Id);
            var winnaar = antwoorden[0].StatusCode == HttpStatusCode.OK ? "A" : "B";
            Assert.Equal(winnaar, opgeslagen.Toelichting);
        }
    }

    [Fact]
    public async Task WorkflowTask_TwoSimultaneousCompletions_ExactlyOneSucceeds_AndTheWorkflowMovesOnOnce()
    {
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        int taakId, initiatiefId;
        await using (var db = await StapTransactieTests.Db(factory))
        {
            initiatiefId = (await db.Initiatieven.SingleAsync(i => i.Referentie == referentie)).Id;
            taakId = (await db.Taken.SingleAsync(t => t.InitiatiefId == initiatiefId && t.Status == TaakStatus.Open)).Id;
        }

        var a = await factory.CreateStaffClientAsync("wijkcoordinator");
        var b = await factory.CreateStaffClientAsync("beheer");
        var antwoorden = await Task.WhenAll(
            a.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten" }),
            b.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten", toelichting = "B" }));

        Assert.Single(antwoorden, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(antwoorden, r => r.StatusCode == HttpStatusCode.Conflict);
        await using (var db = await StapTransactieTests.Db(factory))
        {
            var taak = await db.Taken.AsNoTracking().SingleAsync(t => t.Id == taakId);
            var initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == initiatiefId);
            Assert.Equal(antwoorden[0].StatusCode == HttpStatusCode.OK ? null : "B", taak.Toelichting);
            Assert.Equal(InitiatiefStatus.Advies, initiatief.Status);
            // The workflow moved on once: one next task (the wijkraad's advice), not two.
            Assert.Equal(1, await db.Taken.CountAsync(t => t.InitiatiefId == initiatiefId && t.Status == TaakStatus.Open));
        }

        Assert.Single(await StapTransactieTests.WachtOpBerichtenAsync(resident, 1));
    }
}

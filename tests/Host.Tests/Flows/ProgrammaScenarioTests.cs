using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Features.Taken;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Flows;

/// <summary>The doe-democratie programme on the demo data, through the API, with time under the test's control.</summary>
public sealed class ProgrammaScenarioTests
{
    private static readonly DateTimeOffset Vandaag = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Programme_SelectionPicksTwoBuurtenWithReasons_PlanPhaseWaitsOnOneTaskPerBuurt()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Vandaag));
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var programma = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/programmas"))!.Single();
        var id = programma["id"]!.GetValue<int>();

        var start = await beleid.PostAsync($"/api/programmas/{id}/start", null);
        var gestart = (await start.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal("analyse", gestart["huidigeFase"]!.GetValue<string>());

        // Phase 1: the analysis task, due at the end of the analysis phase (31 January in the seed's plan).
        var analyse = Assert.Single((await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/taken?programma={id}&status=Open"))!);
        Assert.Equal("beleid", analyse["rol"]!.GetValue<string>());
        Assert.Equal(new DateTime(2027, 1, 31), analyse["vervaldatum"]!.GetValue<DateTime>().Date);
        (await beleid.PostAsJsonAsync($"/api/taken/{analyse["id"]}/afronden", new { uitkomst = "analyse-gereed" })).EnsureSuccessStatusCode();

        // Phase 2: the rules select two buurten with reasons; the boards confirm.
        var na = (await beleid.GetFromJsonAsync<JsonObject>($"/api/programmas/{id}"))!;
        var buurten = na["geselecteerdeBuurten"]!.AsArray();
        Assert.Equal("selectie", na["huidigeFase"]!.GetValue<string>());
        Assert.Equal(2, buurten.Count);
        Assert.All(buurten, b => Assert.NotEmpty(b!["redenen"]!.AsArray()));
        var bevestig = Assert.Single((await beheer.GetFromJsonAsync<List<JsonObject>>($"/api/taken?programma={id}&status=Open"))!);
        Assert.Equal("bestuur", bevestig["rol"]!.GetValue<string>());
        (await beheer.PostAsJsonAsync($"/api/taken/{bevestig["id"]}/afronden", new { uitkomst = "bevestigd" })).EnsureSuccessStatusCode();

        // A plan van aanpak per selected buurt, in parallel.
        var plannen = (await beheer.GetFromJsonAsync<List<JsonObject>>($"/api/taken?programma={id}&status=Open"))!;
        Assert.Equal(2, plannen.Count);
        Assert.Equal(buurten.Select(b => b!["code"]!.GetValue<string>()).Order(), plannen.Select(p => p["buurtCode"]!.GetValue<string>()).Order());
        Assert.All(plannen, p => Assert.StartsWith("Plan van aanpak", p["titel"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TaskWatch_RemindsADayBeforeAndEscalatesWhenOverdue()
    {
        var clock = new ManualClock(Vandaag);
        using var factory = new CustomFactory("Development", clock: clock);
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        await Intake.DoeAsync(resident, clock);
        var watch = factory.Services.GetRequiredService<TaakBewaking>();
        // Sign in anew each time: moving the clock days ahead also expires the sign-in cookie.
        async Task<JsonObject> IntakeTaak() => (await (await factory.CreateStaffClientAsync("beheer")).GetFromJsonAsync<List<JsonObject>>("/api/taken?rol=wijkcoordinator&status=Open"))!
            .Single(t => t["titel"]!.GetValue<string>().StartsWith("Intake", StringComparison.Ordinal) && t["aangemaaktOp"]!.GetValue<DateTime>() >= Vandaag.UtcDateTime.AddMinutes(-1));

        await watch.RunOnceAsync(default);
        var voor = await IntakeTaak();
        clock.Advance(TimeSpan.FromDays(6)); // Saturday 21 Nov + 5 working days = Friday 27 Nov; now Friday the 27th
        await watch.RunOnceAsync(default);
        var herinnerd = await IntakeTaak();
        clock.Advance(TimeSpan.FromDays(3));
        await watch.RunOnceAsync(default);
        var geescaleerd = await IntakeTaak();

        Assert.Null(voor["herinneringOp"]?.GetValue<DateTime?>());
        Assert.NotNull(herinnerd["herinneringOp"]?.GetValue<DateTime?>());
        Assert.Null(herinnerd["geescaleerdOp"]?.GetValue<DateTime?>());
        Assert.NotNull(geescaleerd["geescaleerdOp"]?.GetValue<DateTime?>());
        Assert.True(geescaleerd["teLaat"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Routing_AfterTheDecision_WaitsUntilTwoWeeksAfterTheStartThenAsksHowItGoes()
    {
        var clock = new ManualClock(Vandaag);
        using var factory = new CustomFactory("Development", clock: clock);
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var start = Vandaag.AddDays(24);
        var referentie = await Intake.DoeAsync(resident, clock, buurt: "Kruidenhof", start: start.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var id = (await beheer.GetFromJsonAsync<List<JsonObject>>($"/api/initiatieven?referentie={referentie}"))!.Single()["id"]!.GetValue<int>();

        // Complete every task the routing asks for, choosing the supportive outcome, until it waits on the clock.
        for (var stap = 0; stap < 6; stap++)
        {
            var open = (await beheer.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={id}&status=Open"))!;
            if (open.Count == 0)
            {
                break;
            }

            var taak = open[0];
            var keuze = taak["uitkomsten"]!.AsArray().Select(u => u!.GetValue<string>()).First(u => u is "doorzetten" or "positief" or "draagt-bij" or "toekennen");
            (await beheer.PostAsJsonAsync($"/api/taken/{taak["id"]}/afronden", new { uitkomst = keuze })).EnsureSuccessStatusCode();
        }

        var toegekend = (await beheer.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{id}"))!;
        Assert.Equal("Toegekend", toegekend["status"]!.GetValue<string>());
        Assert.Empty((await beheer.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={id}&status=Open"))!);

        var engine = factory.Services.GetRequiredService<WorkflowEngine>();
        clock.Advance(start - Vandaag); // the start, not yet two weeks after it
        Assert.Equal(0, await engine.Timers.DispatchDueAsync());
        clock.Advance(TimeSpan.FromDays(15));
        Assert.Equal(1, await engine.Timers.DispatchDueAsync());

        beheer = await factory.CreateStaffClientAsync("beheer");
        var volgen = Assert.Single((await beheer.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={id}&status=Open"))!);
        Assert.StartsWith("Volgen", volgen["titel"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("InUitvoering", (await beheer.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{id}"))!["status"]!.GetValue<string>());
    }
}

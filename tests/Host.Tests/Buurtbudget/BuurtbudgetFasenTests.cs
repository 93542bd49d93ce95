using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Buurtbudget;

/// <summary>
/// A round's lifecycle is the shipped workflow <c>buurtbudget-ronde</c>: a manual clock moving through the round's
/// dates moves the round through its phases as the workflow's timers fall due, and a version of the workflow without
/// the review phase gives new rounds a lifecycle without review.
/// </summary>
public sealed class BuurtbudgetFasenTests
{
    internal static async Task<string> BuurtCodeAsync(ParticipatieFactory factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Buurten.OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
    }

    /// <summary>Days from <paramref name="t0"/>: proposals 1–8, review until 12, voting 14–21, execution 35–400.</summary>
    internal static object RondeMetFasen(string buurtCode, DateTime t0, decimal budget = 1000m, object? extra = null) => new
    {
        naam = "Buurtbudget met fasen", buurtCode, budget, telmethode = "MeesteStemmen",
        voorstellenVanaf = t0.AddDays(1), voorstellenTot = t0.AddDays(8), beoordelingTot = t0.AddDays(12),
        stemmenVanaf = t0.AddDays(14), stemmenTot = t0.AddDays(21), uitvoeringVanaf = t0.AddDays(35), uitvoeringTot = t0.AddDays(400),
    };

    internal static async Task<string> FaseAsync(HttpClient client, int id) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}"))!["fase"]!.GetValue<string>();

    internal static async Task NaarAsync(ParticipatieFactory factory, ManualClock clock, DateTime t0, double dagen)
    {
        clock.Advance(t0.AddDays(dagen) - clock.GetUtcNow().UtcDateTime);
        var engine = factory.Services.GetRequiredService<WorkflowEngine>();
        while (await engine.Timers.DispatchDueAsync() > 0)
        {
        }
    }

    [Fact]
    public async Task ManualClock_MovesTheRoundThroughEveryPhase_OnTheWorkflowsTimers()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        var t0 = clock.GetUtcNow().UtcDateTime;

        var aangemaakt = await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", RondeMetFasen(await BuurtCodeAsync(factory), t0));
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var ronde = (await aangemaakt.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = ronde["id"]!.GetValue<int>();
        Assert.Equal("Voorbereiding", ronde["fase"]!.GetValue<string>());
        Assert.Equal(["Voorstellen", "Beoordeling", "Stemmen", "Uitslag", "Uitvoering"],
            ronde["fasen"]!.AsArray().Select(f => f!["fase"]!.GetValue<string>()));

        var verloop = new List<(double Dag, string Fase, string Status)>();
        foreach (var dag in new[] { 0.5, 1.01, 7.9, 8.01, 13.9, 14.01, 20.9, 21.01, 34.9, 35.01, 399.9, 400.01 })
        {
            await NaarAsync(factory, clock, t0, dag);
            var nu = (await anoniem.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}"))!;
            verloop.Add((dag, nu["fase"]!.GetValue<string>(), nu["status"]!.GetValue<string>()));
        }

        Assert.Equal(
        [
            (0.5, "Voorbereiding", "nog-niet-open"), (1.01, "Voorstellen", "nog-niet-open"), (7.9, "Voorstellen", "nog-niet-open"),
            (8.01, "Beoordeling", "nog-niet-open"), (13.9, "Beoordeling", "nog-niet-open"), (14.01, "Stemmen", "open"),
            (20.9, "Stemmen", "open"), (21.01, "Uitslag", "gesloten"), (34.9, "Uitslag", "gesloten"), (35.01, "Uitvoering", "gesloten"),
            (399.9, "Uitvoering", "gesloten"), (400.01, "Afgerond", "gesloten"),
        ], verloop);

        await using var db = await factory.CreateDbContextAsync();
        var instanceId = await db.BuurtbudgetRondes.Where(r => r.Id == id).Select(r => r.WorkflowInstanceId).SingleAsync();
        var instance = await factory.Services.GetRequiredService<WorkflowEngine>().Runtime.GetAsync(instanceId!);
        Assert.Equal("buurtbudget-ronde", instance!.DefinitionId);
        Assert.Equal("Finished", instance.Status.ToString());
    }

    [Fact]
    public async Task RoundSetUpLate_StartsInTheCurrentPhase_AndBadDatesAreRefusedWithReasons()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var buurtCode = await BuurtCodeAsync(factory);
        var t0 = clock.GetUtcNow().UtcDateTime;

        // Proposals and review already behind it: the workflow runs through them at once and opens the vote.
        var laat = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", RondeMetFasen(buurtCode, t0.AddDays(-14.5))))
            .Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Stemmen", laat["fase"]!.GetValue<string>());
        Assert.Equal("open", laat["status"]!.GetValue<string>());

        var fout = await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Verkeerde volgorde", buurtCode, budget = 1000m,
            voorstellenVanaf = t0.AddDays(5), voorstellenTot = t0.AddDays(20), stemmenVanaf = t0.AddDays(10), stemmenTot = t0.AddDays(30),
            uitvoeringVanaf = t0.AddDays(25),
        });
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        var tekst = await fout.Content.ReadAsStringAsync();
        Assert.Contains("het stemmen na de beoordeling", tekst);
        Assert.Contains("De uitvoering begint na het stemmen", tekst);

        // Without a proposal phase (projects set by beleid) the lifecycle starts at the vote.
        var zonder = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Zonder voorstellen", buurtCode, budget = 1000m, stemmenVanaf = t0.AddDays(2), stemmenTot = t0.AddDays(9),
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(["Stemmen", "Uitslag", "Uitvoering"], zonder["fasen"]!.AsArray().Select(f => f!["fase"]!.GetValue<string>()));
        await NaarAsync(factory, clock, t0, 2.01);
        Assert.Equal("Stemmen", await FaseAsync(factory.CreateClient(), zonder["id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task WorkflowWithoutReview_GivesNewRoundsALifecycleWithoutReview()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var engine = factory.Services.GetRequiredService<WorkflowEngine>();
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        var t0 = clock.GetUtcNow().UtcDateTime;

        var metBeoordeling = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", RondeMetFasen(await BuurtCodeAsync(factory), t0)))
            .Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        // What an official does in the designer: remove the review phase and connect proposals straight to voting.
        await GeenBeoordelingAsync(engine);

        var zonderBeoordeling = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", RondeMetFasen(await BuurtCodeAsync(factory), t0)))
            .Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        await NaarAsync(factory, clock, t0, 8.01);
        Assert.Equal("Beoordeling", await FaseAsync(anoniem, metBeoordeling)); // started on the old version, stays on it
        Assert.Equal("Voorstellen", await FaseAsync(anoniem, zonderBeoordeling)); // no review: stays open for proposals' result until voting
        await NaarAsync(factory, clock, t0, 14.01);
        Assert.Equal("Stemmen", await FaseAsync(anoniem, metBeoordeling));
        Assert.Equal("Stemmen", await FaseAsync(anoniem, zonderBeoordeling));
    }

    /// <summary>Publishes a version of the round's workflow without the review phase, as an official would in the designer.</summary>
    internal static async Task GeenBeoordelingAsync(WorkflowEngine engine)
    {
        var json = JsonNode.Parse((await engine.Definitions.ExportAsync("buurtbudget-ronde"))!)!.AsObject();
        var root = json["root"]!.AsObject();
        var activities = root["activities"]!.AsArray();
        activities.Remove(activities.Single(a => a!["id"]!.GetValue<string>() == "fase-beoordeling"));
        var connections = root["connections"]!.AsArray();
        foreach (var c in connections.Where(c => c!["target"]!["activity"]!.GetValue<string>() == "fase-beoordeling").ToList())
        {
            connections.Remove(c);
        }

        foreach (var c in connections.Where(c => c!["source"]!["activity"]!.GetValue<string>() == "fase-beoordeling"))
        {
            c!["source"]!["activity"] = "fase-voorstellen";
        }

        var result = await engine.Definitions.ImportAsync(json.ToJsonString(), publish: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }
}

/// <summary>A round with a minimum age: the ballot needs a self-declared birth year, on the page's API as in the chat.</summary>
public sealed class BuurtbudgetLeeftijdTests
{
    [Fact]
    public async Task MinimumAge_BallotWithoutOrWithTooRecentBirthYear_IsRefused_NothingStored()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var t0 = clock.GetUtcNow().UtcDateTime;
        var buurtCode = await BuurtbudgetFasenTests.BuurtCodeAsync(factory);
        Assert.Equal(HttpStatusCode.BadRequest, (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Te oud", buurtCode, budget = 1000m, stemmenVanaf = t0.AddDays(-1), stemmenTot = t0.AddDays(5), minimumLeeftijd = 200,
        })).StatusCode);
        var ronde = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Vanaf 16", buurtCode, budget = 1000m, stemmenVanaf = t0.AddDays(2), stemmenTot = t0.AddDays(9), minimumLeeftijd = 16,
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = ronde["id"]!.GetValue<int>();
        Assert.Equal(16, ronde["minimumLeeftijd"]!.GetValue<int>());
        (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel = "Speeltuin", kosten = 500m })).EnsureSuccessStatusCode();
        var code = (await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 1 })).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        await BuurtbudgetFasenTests.NaarAsync(factory, clock, t0, 2.01);
        var anoniem = factory.CreateClient();
        var jaar = clock.GetUtcNow().Year;

        var zonder = await anoniem.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code, projecten = new[] { "1" } });
        Assert.Equal(HttpStatusCode.BadRequest, zonder.StatusCode);
        Assert.Contains("Vul uw geboortejaar in", await zonder.Content.ReadAsStringAsync());
        var jong = await anoniem.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code, projecten = new[] { "1" }, geboortejaar = jaar - 15 });
        Assert.Equal(HttpStatusCode.BadRequest, jong.StatusCode);
        Assert.Contains("is dit jaar nog geen 16", await jong.Content.ReadAsStringAsync());
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Stembiljetten.CountAsync(b => b.RondeId == id));
        }

        Assert.Equal(HttpStatusCode.OK, (await anoniem.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code, projecten = new[] { "1" }, geboortejaar = jaar - 16 })).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Bot.Diensten;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Pabulib;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Buurtbudget;

/// <summary>
/// A points round (issue 21: "optionally points"): set-up with points per voter and a maximum per project, the server's
/// exact checks with an error per project, ballots from the page and the chat service, the result counted greedily by
/// points, open data, the export as a pabulib points file and that file imported again.
/// </summary>
public sealed class BuurtbudgetPuntenTests
{
    private static async Task<string> BuurtCodeAsync(CustomFactory factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Buurten.OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
    }

    [Fact]
    public async Task SetUp_BadPointsSettings_RefusedWithReasons()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var buurtCode = await BuurtCodeAsync(factory);
        var nu = clock.GetUtcNow().UtcDateTime;

        async Task<string> Fout(object? puntenPerKiezer, object? maxPuntenPerProject)
        {
            var antwoord = await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
            {
                naam = "Punten", buurtCode, budget = 1000m, stemmenVanaf = nu.AddDays(1), stemmenTot = nu.AddDays(8), puntenPerKiezer, maxPuntenPerProject,
            });
            Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
            return (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["ronde"]!.AsArray().Single()!.GetValue<string>();
        }

        Assert.Contains("tussen 1 en 1000", await Fout(0, null));
        Assert.Contains("tussen 1 en het aantal punten per kiezer (10)", await Fout(10, 11));
        Assert.Contains("hoort bij een puntenronde", await Fout(null, 3));
    }

    [Fact]
    public async Task PointsRound_VotedCheckedCountedByPoints_ExportedAndImportedAgain()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        var buurtCode = await BuurtCodeAsync(factory);
        var nu = clock.GetUtcNow().UtcDateTime;
        var aangemaakt = await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Punten 2027", buurtCode, budget = 1000m, stemmenVanaf = nu.AddDays(1), stemmenTot = nu.AddDays(8),
            telmethode = "MeesteStemmen", puntenPerKiezer = 10, maxPuntenPerProject = 6,
        });
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var ronde = (await aangemaakt.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = ronde["id"]!.GetValue<int>();
        Assert.Equal(10, ronde["puntenPerKiezer"]!.GetValue<int>());
        Assert.Equal(6, ronde["maxPuntenPerProject"]!.GetValue<int>());
        foreach (var (titel, kosten) in new[] { ("Speeltuin", 600m), ("Bankjes", 400m), ("Moestuin", 500m) })
        {
            Assert.Equal(HttpStatusCode.Created, (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel, kosten })).StatusCode);
        }

        var codes = (await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 6 })).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await factory.Services.GetRequiredService<WorkflowEngine>().Timers.DispatchDueAsync();
        beleid = await factory.CreateStaffClientAsync("beleid");
        var overzicht = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurtbudget/rondes"))!.Single(r => r["id"]!.GetValue<int>() == id);
        Assert.Equal(10, overzicht["puntenPerKiezer"]!.GetValue<int>());

        Task<HttpResponseMessage> Stem(string code, object punten) => anoniem.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code, punten });

        async Task<JsonObject> Fouten(HttpResponseMessage antwoord)
        {
            Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
            return (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        }

        // Each mistake is put with its project (punten.{code}) or with the whole ballot (punten); nothing is stored.
        Assert.Contains("hoogstens 6 punten per project", (await Fouten(await Stem(codes[0], new Dictionary<string, decimal> { ["1"] = 7 })))["punten.1"]![0]!.GetValue<string>());
        Assert.Contains("niet negatief", (await Fouten(await Stem(codes[0], new Dictionary<string, decimal> { ["2"] = -1 })))["punten.2"]![0]!.GetValue<string>());
        Assert.Contains("hele punten", (await Fouten(await Stem(codes[0], new Dictionary<string, decimal> { ["3"] = 2.5m })))["punten.3"]![0]!.GetValue<string>());
        Assert.Contains("niet op het stembiljet", (await Fouten(await Stem(codes[0], new Dictionary<string, decimal> { ["9"] = 1 })))["punten.9"]![0]!.GetValue<string>());
        Assert.Contains("U verdeelde 11 punten; u hebt er 10", (await Fouten(await Stem(codes[0], new Dictionary<string, decimal> { ["1"] = 6, ["2"] = 5 })))["punten"]![0]!.GetValue<string>());
        Assert.Contains("minstens één project een punt", (await Fouten(await Stem(codes[0], new Dictionary<string, decimal> { ["1"] = 0 })))["punten"]![0]!.GetValue<string>());
        var alleenProjecten = await anoniem.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code = codes[0], projecten = new[] { "1" } });
        Assert.Contains("Verdeel uw 10 punten", (await Fouten(alleenProjecten))["punten"]![0]!.GetValue<string>());
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Stembiljetten.CountAsync(b => b.RondeId == id));
        }

        // Three give project 1 one point and project 3 six; two give projects 1 and 2 five each (one of them in the chat).
        // Points: 3 → 18, 1 → 13, 2 → 10. Greedy by points: 3 (500, 500 left), 1 (600) does not fit, 2 (400) fits.
        // By approvals it would have been 1 (5 voters) and 2.
        for (var i = 0; i < 3; i++)
        {
            var antwoord = await Stem(codes[i], new Dictionary<string, decimal> { ["1"] = 1, ["3"] = 6, ["2"] = 0 });
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            var inhoud = (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal(["1", "3"], inhoud["projecten"]!.AsArray().Select(x => x!.GetValue<string>()));
            Assert.Equal(6, inhoud["punten"]!["3"]!.GetValue<int>());
        }

        Assert.Equal(HttpStatusCode.OK, (await Stem(codes[3], new Dictionary<string, decimal> { ["1"] = 2 })).StatusCode);
        var vervangen = await Stem(codes[3], new Dictionary<string, decimal> { ["1"] = 5, ["2"] = 5 });
        Assert.Equal("vervangen", (await vervangen.Content.ReadFromJsonAsync<JsonObject>())!["uitkomst"]!.GetValue<string>());

        var chat = factory.Services.GetRequiredService<IBuurtbudgetDiensten>();
        var biljet = (await chat.StembiljetAsync(codes[4], CancellationToken.None))!;
        Assert.Equal((10, 6), (biljet.PuntenPerKiezer, biljet.MaxPuntenPerProject));
        Assert.Contains(await chat.ControleerPuntenAsync(id, new Dictionary<string, int> { ["1"] = 6, ["2"] = 6 }, CancellationToken.None),
            f => f.Contains("U verdeelde 12 punten", StringComparison.Ordinal));
        Assert.Equal(BuurtbudgetStemResultaat.Geteld, await chat.StemMetPuntenAsync(id, codes[4], new Dictionary<string, int> { ["1"] = 5, ["2"] = 5 }, null, CancellationToken.None));
        await using (var db = await factory.CreateDbContextAsync())
        {
            var opgeslagen = await db.Stembiljetten.Where(b => b.RondeId == id).OrderBy(b => b.Id).ToListAsync();
            Assert.Equal(5, opgeslagen.Count);
            Assert.Equal([5, 5], opgeslagen[3].Punten);
            Assert.Equal(["1", "2"], opgeslagen[4].Projecten);
        }

        clock.Advance(TimeSpan.FromDays(7));
        var uitslag = (await anoniem.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}/uitslag"))!;
        Assert.Equal(["2", "3"], uitslag["gekozen"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal(900m, uitslag["besteed"]!.GetValue<decimal>());
        Assert.Equal(10, uitslag["puntenPerKiezer"]!.GetValue<int>());
        var moestuin = uitslag["projecten"]!.AsArray().First()!;
        Assert.Equal(("3", 18, 3), (moestuin["code"]!.GetValue<string>(), moestuin["punten"]!.GetValue<int>(), moestuin["stemmen"]!.GetValue<int>()));
        var speeltuin = uitslag["projecten"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == "1")!;
        // (amounts as the database gives them back: 600 may read 600.0)
        Assert.Matches(@"^Project 1 niet gekozen: 13 punten van 5 kiezers, maar kosten 600(\.0+)? passen niet in het restbudget 500(\.0+)?\.$", speeltuin["uitleg"]!.GetValue<string>());

        var csv = (await anoniem.GetStringAsync($"/open-data/buurtbudget/{id}/uitslag.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",18", csv.Single(r => r.StartsWith($"{id},3,", StringComparison.Ordinal)), StringComparison.Ordinal);

        var pb = await anoniem.GetStringAsync($"/api/buurtbudget/{id}/pabulib");
        var gelezen = PabulibReader.ReadString(pb, "export.pb");
        Assert.False(gelezen.HasErrors, string.Join("\n", gelezen.Diagnostics));
        Assert.Equal(VoteType.Cumulative, gelezen.File!.Election.VoteType);
        Assert.Equal(("10", "6"), (gelezen.File.GetMeta("max_sum_points"), gelezen.File.GetMeta("max_points")));
        Assert.Equal(["2", "3"], Counter.Count(gelezen.File.Election, CountingOptions.Greedy).SelectedSorted);

        // The export imported again: a closed points round with the same settings and result.
        beleid = await factory.CreateStaffClientAsync("beleid"); // last week's session has expired
        var import = await beleid.PostAsync($"/api/buurtbudget/rondes/pabulib?buurtCode={buurtCode}&telmethode=MeesteStemmen&bestandsnaam=punten.pb", new StringContent(pb));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var geimporteerd = (await import.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((10, 6), (geimporteerd["puntenPerKiezer"]!.GetValue<int>(), geimporteerd["maxPuntenPerProject"]!.GetValue<int>()));
        var tweede = (await anoniem.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{geimporteerd["id"]!.GetValue<int>()}/uitslag"))!;
        Assert.Equal(["2", "3"], tweede["gekozen"]!.AsArray().Select(x => x!.GetValue<string>()));

        // A points file over its own maximum is refused with the reader's located error; nothing is stored.
        var voor = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurtbudget/rondes"))!.Count;
        var teVeel = pb.Replace("max_points;6", "max_points;5", StringComparison.Ordinal);
        var geweigerd = await beleid.PostAsync($"/api/buurtbudget/rondes/pabulib?buurtCode={buurtCode}&bestandsnaam=punten.pb", new StringContent(teVeel));
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.StatusCode);
        var fout = await geweigerd.Content.ReadAsStringAsync();
        Assert.Contains("punten.pb(", fout);
        Assert.Contains("PB0312", fout);
        Assert.Equal(voor, (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurtbudget/rondes"))!.Count);
    }

    [Fact]
    public async Task PointsRound_EqualShares_CountsWithThePointsAsUtilities()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        var buurtCode = await BuurtCodeAsync(factory);
        // The worked example of the engine's PointsCountingTests as a round: budget 120, X 60, Y 60, Z 30, 4 points each.
        const string Bestand = "META\nkey;value\nbudget;120\nvote_type;cumulative\nmax_sum_points;4\nPROJECTS\nproject_id;cost;name\nX;60;X\nY;60;Y\nZ;30;Z\nVOTES\nvoter_id;vote;points\n1;X,Z;3,1\n2;X,Y;1,3\n3;Y,Z;2,2\n";
        var import = await beleid.PostAsync($"/api/buurtbudget/rondes/pabulib?buurtCode={buurtCode}&telmethode=GelijkeDelen", new StringContent(Bestand));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var id = (await import.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        var uitslag = (await anoniem.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}/uitslag"))!;
        // Greedy by points would take X and Y; Equal Shares with points (Add1 cannot add: the budget is nearly spent) takes Y and Z.
        Assert.Equal(["Y", "Z"], uitslag["gekozen"]!.AsArray().Select(x => x!.GetValue<string>()));
        var z = uitslag["projecten"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == "Z")!;
        Assert.Contains("per punt", z["uitleg"]!.GetValue<string>());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Pabulib;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Buurtbudget;

/// <summary>
/// A buurtbudget round from set-up to result: beleid sets it up and gets the voting codes once, residents vote with
/// them while voting is open (a second ballot replaces the first), the Method of Equal Shares counts, and the anonymous
/// ballots go out as a pabulib file that counts the same. Dates come from the host's clock, moved by hand.
/// </summary>
public sealed class BuurtbudgetRondeTests
{
    [Fact]
    public async Task Round_SetUpVotedAndCounted_WithEqualShares_AndExportedAsPabulib()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        string buurtCode;
        await using (var db = await factory.CreateDbContextAsync())
        {
            buurtCode = await db.Buurten.OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var aangemaakt = await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Buurtbudget 2027", buurtCode, budget = 1000m, stemmenVanaf = nu.AddDays(1), stemmenTot = nu.AddDays(8),
            telmethode = "GelijkeDelen", maxProjecten = 2,
        });
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var ronde = (await aangemaakt.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = ronde["id"]!.GetValue<int>();
        Assert.Equal("nog-niet-open", ronde["status"]!.GetValue<string>());

        // Six neighbours want project 1 (600); five of them also project 2 (400); four others want project 3 (400).
        foreach (var (titel, kosten) in new[] { ("Speeltuin", 600m), ("Bankjes", 400m), ("Moestuin", 400m) })
        {
            Assert.Equal(HttpStatusCode.Created, (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel, kosten })).StatusCode);
        }

        var teDuur = await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel = "Plein", kosten = 5000m });
        Assert.Equal(HttpStatusCode.BadRequest, teDuur.StatusCode);
        Assert.Contains("hoger dan het hele budget", await teDuur.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.CreateStaffClientAsync("wijkcoordinator"))
            .PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 1 })).StatusCode);

        var csv = await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 10 });
        Assert.Equal("no-store", csv.Headers.CacheControl!.ToString());
        var codes = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", c));
        await using (var db = await factory.CreateDbContextAsync())
        {
            // Only hashes are kept: the database holds no usable code.
            var hashes = await db.Stemcodes.Where(c => c.RondeId == id).Select(c => c.Hash).ToListAsync();
            Assert.Equal(10, hashes.Count);
            Assert.DoesNotContain(hashes, h => codes.Any(c => h.Contains(c.Replace("-", ""), StringComparison.OrdinalIgnoreCase)));
        }

        Task<HttpResponseMessage> Stem(string code, params string[] projecten) =>
            anoniem.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code, projecten });

        Assert.Equal(HttpStatusCode.Conflict, (await Stem(codes[0], "1")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await anoniem.GetAsync($"/api/buurtbudget/{id}/uitslag")).StatusCode);

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await factory.Services.GetRequiredService<WorkflowEngine>().Timers.DispatchDueAsync(); // the round's workflow opens the vote
        beleid = await factory.CreateStaffClientAsync("beleid"); // yesterday's session has expired
        Assert.Equal(HttpStatusCode.BadRequest, (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel = "Te laat", kosten = 10m })).StatusCode);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Stem(codes[i], "1", "2")).StatusCode);
        }

        // Typed by hand: lower case and without dashes is the same code.
        Assert.Equal(HttpStatusCode.OK, (await Stem(codes[5].Replace("-", "").ToLowerInvariant(), "1")).StatusCode);
        var eerste = await Stem(codes[6], "1");
        Assert.Equal("geteld", (await eerste.Content.ReadFromJsonAsync<JsonObject>())!["uitkomst"]!.GetValue<string>());
        var tweede = await Stem(codes[6], "3");
        Assert.Equal("vervangen", (await tweede.Content.ReadFromJsonAsync<JsonObject>())!["uitkomst"]!.GetValue<string>());
        for (var i = 7; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Stem(codes[i], "3")).StatusCode);
        }

        var teVeel = await Stem(codes[9], "1", "2", "3");
        Assert.Equal(HttpStatusCode.BadRequest, teVeel.StatusCode);
        Assert.Contains("hoogstens 2 projecten", await teVeel.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Stem(codes[9], "9")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Stem("AAAA-BBBB-CCCC", "1")).StatusCode);

        var overzicht = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurtbudget/rondes"))!.Single(r => r!["id"]!.GetValue<int>() == id);
        Assert.Equal(10, overzicht["stemmen"]!.GetValue<int>());
        Assert.Equal(10, overzicht["stemcodes"]!.GetValue<int>());

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(HttpStatusCode.Conflict, (await Stem(codes[0], "3")).StatusCode);
        var uitslag = (await anoniem.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}/uitslag"))!;
        // Greedy by votes would fund 1 and 2 (6 and 5 votes); Equal Shares gives the four voters of project 3 their
        // share: the six paid 100 each for project 1 and have nothing left for project 2.
        Assert.Equal(["1", "3"], uitslag["gekozen"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal(1000m, uitslag["besteed"]!.GetValue<decimal>());
        Assert.Equal(10, uitslag["stemmen"]!.GetValue<int>());
        var bankjes = uitslag["projecten"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == "2")!;
        Assert.False(bankjes["gekozen"]!.GetValue<bool>());
        Assert.Contains("niet gekozen", bankjes["uitleg"]!.GetValue<string>());

        var pb = await anoniem.GetStringAsync($"/api/buurtbudget/{id}/pabulib");
        var gelezen = PabulibReader.Read(new StringReader(pb), "export.pb");
        Assert.False(gelezen.HasErrors, string.Join("\n", gelezen.Diagnostics));
        var verkiezing = gelezen.File!.Election!;
        Assert.Equal(10, verkiezing.Voters.Count);
        Assert.DoesNotContain(codes, c => pb.Contains(c, StringComparison.Ordinal));
        var opnieuw = Counter.Count(verkiezing, new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost, Completion.Add1));
        Assert.Equal(["1", "3"], opnieuw.SelectedSorted);
    }
}

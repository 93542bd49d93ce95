using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participatie.Host.Features.Chat;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Buurtbudget;

/// <summary>
/// Many ballots at once: one code voting concurrently keeps exactly one ballot (the first counted, the others replacing
/// it); many residents behind one address are not throttled while each uses a valid code; guessing codes from one
/// address is stopped after the allowed number of wrong codes for the rest of the minute, and then allowed again.
/// </summary>
public sealed class BuurtbudgetStemgolfTests
{
    private static async Task<(int Id, List<string> Codes)> OpenRondeAsync(CustomFactory factory, ManualClock clock, int codes)
    {
        var beleid = await factory.CreateStaffClientAsync("beleid");
        string buurtCode;
        await using (var db = await factory.CreateDbContextAsync())
        {
            buurtCode = await db.Buurten.OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var id = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Stemgolf", buurtCode, budget = 5000m, stemmenVanaf = nu.AddDays(1), stemmenTot = nu.AddDays(8), telmethode = "MeesteStemmen",
        })).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        for (var i = 1; i <= 4; i++)
        {
            (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel = $"Project {i}", kosten = 100m * i })).EnsureSuccessStatusCode();
        }

        var lijst = (await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = codes })).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await factory.Services.GetRequiredService<WorkflowEngine>().Timers.DispatchDueAsync();
        return (id, lijst);
    }

    [Fact]
    public async Task OneCode_VotingConcurrently_KeepsExactlyOneBallot_OneCountedTheRestReplaced()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var (id, codes) = await OpenRondeAsync(factory, clock, 1);
        var keuzes = Enumerable.Range(0, 16).Select(i => new[] { (1 + (i % 4)).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();

        var antwoorden = await Task.WhenAll(keuzes.Select(async keuze =>
        {
            var response = await factory.CreateClient().PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code = codes[0], projecten = keuze });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["uitkomst"]!.GetValue<string>();
        }));

        Assert.Equal(1, antwoorden.Count(a => a == "geteld"));
        Assert.Equal(15, antwoorden.Count(a => a == "vervangen"));
        await using var db = await factory.CreateDbContextAsync();
        var biljet = await db.Stembiljetten.SingleAsync(b => b.RondeId == id);
        Assert.Contains(keuzes, k => k.SequenceEqual(biljet.Projecten));
    }

    [Fact]
    public async Task ManyResidentsBehindOneAddress_AreNotThrottled_ButGuessingCodesIs()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var (id, codes) = await OpenRondeAsync(factory, clock, 120);
        var client = factory.CreateClient(); // every request from the same (test) address

        // 120 households behind one address vote within the minute: more than the old limit of 60, all counted.
        foreach (var code in codes)
        {
            var response = await client.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code, projecten = new[] { "2" } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The address's budget of wrong codes is answered as wrong codes; the next attempt, even with a valid code, must wait.
        var budget = factory.Services.GetRequiredService<IOptions<CodePogingenOptions>>().Value.PerAdresPerUur;
        for (var i = 0; i < budget; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code = $"ZZZZ-ZZZZ-{i + 2222:D4}".Replace('0', 'Z').Replace('1', 'Y'), projecten = new[] { "1" } })).StatusCode);
        }

        var geblokkeerd = await client.PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code = codes[0], projecten = new[] { "1" } });
        Assert.Equal(HttpStatusCode.TooManyRequests, geblokkeerd.StatusCode);
        Assert.NotNull(geblokkeerd.Headers.RetryAfter);
        Assert.Contains("te vaak een onjuiste code", await geblokkeerd.Content.ReadAsStringAsync());

        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(120, await db.Stembiljetten.CountAsync(b => b.RondeId == id));
    }
}

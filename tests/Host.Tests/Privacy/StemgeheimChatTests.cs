using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Features.Chat;
using Participatie.Host.Features.Privacy;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Privacy;

/// <summary>
/// Ballot secrecy in the chat transcript: a resident who started an initiative (name, contact) votes in the same
/// conversation. Beheer's inzage export never shows the code or the choices; the client still polls them until the
/// sweep replaces their content after <c>BewaartijdVertrouwelijkeChat</c>; the initiative's own messages stay as they are.
/// </summary>
public sealed class StemgeheimChatTests
{
    [Fact]
    public async Task VoteInTheChat_NeverInTheExport_PolledUntilTheSweep_ThenRedacted_IntakeUntouched()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var (rondeId, code) = await OpenRondeAsync(factory, clock);
        var bewoner = await DirectLineClient.StartAsync(factory.CreateClient());
        await Intake.DoeAsync(bewoner, clock);
        Assert.Contains(await bewoner.AskAsync("ik wil stemmen voor het buurtbudget"), t => t.Contains("stemcode", StringComparison.Ordinal));
        Assert.Contains(await bewoner.AskAsync(code), t => t.Contains("Speeltuin", StringComparison.Ordinal));
        Assert.Contains(await bewoner.AskAsync("2"), t => t.Contains("U stemt voor: 2. Bankjes", StringComparison.Ordinal));
        Assert.Contains(await bewoner.AskAsync("ja"), t => t.Contains("Uw stem is geteld", StringComparison.Ordinal));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(["2"], (await db.Stembiljetten.SingleAsync(b => b.RondeId == rondeId)).Projecten);
        }

        // Right after voting, before any sweep: the export holds the initiative's conversation but no code, ballot or choice.
        var export = await ExportAsync(factory);
        Assert.Contains("Fatima de Vries", export, StringComparison.Ordinal);
        Assert.Contains("[vertrouwelijk bericht", export, StringComparison.Ordinal); // the JSON escapes the dash
        GeenStem(export, code);

        // The client can still fetch everything (a reconnect from watermark 0) until the period is over.
        var alles = Beschrijf(await PollVanafBeginAsync(bewoner));
        Assert.Contains(code, alles, StringComparison.Ordinal);
        Assert.Contains("U stemt voor: 2. Bankjes", alles, StringComparison.Ordinal);
        var opruiming = factory.Services.GetRequiredService<VertrouwelijkeChatOpruiming>();
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, await opruiming.RunOnceAsync(default));
        Assert.Contains(code, Beschrijf(await PollVanafBeginAsync(bewoner)), StringComparison.Ordinal);

        // After ten minutes the sweep replaces the content: the resident's four messages and the bot's replies to them.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await opruiming.RunOnceAsync(default) >= 8);
        Assert.Equal(0, await opruiming.RunOnceAsync(default));
        var daarna = Beschrijf(await PollVanafBeginAsync(bewoner));
        GeenStem(daarna, code);
        Assert.Contains("Fatima de Vries", daarna, StringComparison.Ordinal);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var rijen = await db.ChatActivities.AsNoTracking().Where(a => a.ConversationId == bewoner.ConversationId).ToListAsync();
            GeenStem(string.Join("\n", rijen.Select(r => r.Json)), code);
            Assert.All(rijen.Where(r => r.Vertrouwelijk), r => Assert.NotNull(r.GeredigeerdOp));
            // The intake's messages are not confidential and keep their content.
            Assert.Contains(rijen, r => !r.Vertrouwelijk && r.Json.Contains("fatima@example.nl", StringComparison.Ordinal));
            // Exactly the resident's four voting messages, none of the intake's.
            Assert.Equal(4, rijen.Count(r => r.Vertrouwelijk && JsonNode.Parse(r.Json)!["from"]!["role"]!.GetValue<string>() == "user"));
        }

        GeenStem(await ExportAsync(factory), code);
    }

    [Fact]
    public async Task OrdinaryInitiativeConversation_HasNoConfidentialActivities_AndTheSweepLeavesItAlone()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var bewoner = await DirectLineClient.StartAsync(factory.CreateClient());
        await Intake.DoeAsync(bewoner, clock);
        string voor;
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.ChatActivities.AnyAsync(a => a.Vertrouwelijk));
            voor = string.Join("\n", await db.ChatActivities.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Json).ToListAsync());
        }

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await factory.Services.GetRequiredService<VertrouwelijkeChatOpruiming>().RunOnceAsync(default));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(voor, string.Join("\n", await db.ChatActivities.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Json).ToListAsync()));
        }

        var export = await ExportAsync(factory);
        Assert.Contains("fatima@example.nl", export, StringComparison.Ordinal);
        Assert.DoesNotContain("[vertrouwelijk bericht", export, StringComparison.Ordinal);
    }

    private static void GeenStem(string tekst, string code)
    {
        var zonderStreepjes = tekst.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant(), zonderStreepjes, StringComparison.Ordinal);
        foreach (var verboden in new[] { "Speeltuin", "Bankjes", "U stemt voor", "Uw stem is geteld", "stemcode" })
        {
            Assert.DoesNotContain(verboden, tekst, StringComparison.Ordinal);
        }
    }

    private static async Task<List<JsonObject>> PollVanafBeginAsync(DirectLineClient client)
    {
        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark=0");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    private static string Beschrijf(IEnumerable<JsonObject> activiteiten) => DirectLineClient.Describe(activiteiten);

    private static async Task<string> ExportAsync(ParticipatieFactory factory)
    {
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var id = Assert.Single((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=fatima@example.nl"))!)["id"]!.GetValue<int>();
        return await beheer.GetStringAsync($"/api/privacy/bewoners/{id}/export");
    }

    private static async Task<(int RondeId, string Code)> OpenRondeAsync(ParticipatieFactory factory, ManualClock clock)
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
            naam = "Buurtbudget Stemgeheim", buurtCode, budget = 1000m, stemmenVanaf = nu.AddDays(1), stemmenTot = nu.AddDays(10),
            telmethode = "MeesteStemmen", maxProjecten = 1,
        })).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        foreach (var (titel, kosten) in new[] { ("Speeltuin", 600m), ("Bankjes", 400m) })
        {
            (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel, kosten })).EnsureSuccessStatusCode();
        }

        var code = (await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 1 })).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Single().Trim();
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await factory.Services.GetRequiredService<WorkflowEngine>().Timers.DispatchDueAsync();
        return (id, code);
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Buurtbudget;

/// <summary>
/// The ballot as an Adaptive Card over Direct Line, as the chat page (Web Chat) shows and submits it: the card comes
/// with the text ballot, its submit is cast through the same service as the voting page (one stored ballot, replaced
/// by the page), and after voting closes the submit is refused with a message.
/// </summary>
public sealed class BuurtbudgetStemkaartTests
{
    [Fact]
    public async Task BallotCard_OverDirectLine_IsShown_SubmitCounts_PageReplacesIt_AfterCloseRefused()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        string buurtCode;
        await using (var db = await factory.CreateDbContextAsync())
        {
            buurtCode = await db.Buurten.OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var id = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Buurtbudget Kaart", buurtCode, budget = 1000m, stemmenVanaf = nu.AddDays(1), stemmenTot = nu.AddDays(1).AddMinutes(20), // closes within a chat token's lifetime
            telmethode = "MeesteStemmen", maxProjecten = 1,
        })).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        foreach (var (titel, kosten) in new[] { ("Speeltuin", 600m), ("Bankjes", 400m) })
        {
            (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel, kosten })).EnsureSuccessStatusCode();
        }

        var codes = (await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 2 })).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await factory.Services.GetRequiredService<WorkflowEngine>().Timers.DispatchDueAsync();

        var bewoner = await DirectLineClient.StartAsync(factory.CreateClient());
        await bewoner.SayAsync(codes[0]);
        var biljet = await bewoner.PollAsync();
        var kaart = biljet.SelectMany(a => a["attachments"]?.AsArray() ?? [])
            .Single(a => a!["contentType"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive")!["content"]!;
        Assert.Contains(biljet, a => a["text"]?.GetValue<string>().Contains("Typ de nummers", StringComparison.Ordinal) == true);
        var keuzes = kaart["body"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "Input.ChoiceSet")!["choices"]!.AsArray();
        Assert.Equal(["1", "2"], keuzes.Select(c => c!["value"]!.GetValue<string>()));
        var data = kaart["actions"]![0]!["data"]!.AsObject();

        // Over the round's limit (one project): the Host's reason, nothing stored.
        var teVeel = await SubmitAsync(bewoner, data, "1,2");
        Assert.Contains(teVeel, t => t.Contains("Kies hoogstens 1 projecten", StringComparison.Ordinal));
        Assert.Equal(0, await BiljettenAsync(factory, id));

        var geteld = await SubmitAsync(bewoner, data, "2");
        Assert.Contains(geteld, t => t.Contains("Uw stem is geteld", StringComparison.Ordinal));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(["2"], (await db.Stembiljetten.SingleAsync(b => b.RondeId == id)).Projecten);
        }

        // The page with the same code replaces the chat's ballot: still one ballot for the code.
        var pagina = await factory.CreateClient().PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code = codes[0], projecten = new[] { "1" } });
        Assert.Equal("vervangen", (await pagina.Content.ReadFromJsonAsync<JsonObject>())!["uitkomst"]!.GetValue<string>());
        Assert.Equal(1, await BiljettenAsync(factory, id));

        // A second resident sees the card, then voting closes before the submit.
        var laat = await DirectLineClient.StartAsync(factory.CreateClient());
        await laat.SayAsync(codes[1]);
        await laat.PollAsync();
        clock.Advance(TimeSpan.FromMinutes(20));
        var gesloten = await SubmitAsync(laat, data, "1");
        Assert.Contains(gesloten, t => t.Contains("Het stemmen is inmiddels gesloten", StringComparison.Ordinal));
        Assert.Equal(1, await BiljettenAsync(factory, id));
    }

    /// <summary>What Web Chat posts when the card's submit is pressed: no text; the inputs and the action's data as the value.</summary>
    private static async Task<List<string>> SubmitAsync(DirectLineClient client, JsonObject data, string projecten)
    {
        var value = JsonNode.Parse(data.ToJsonString())!.AsObject();
        value["projecten"] = projecten;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "webchat-user", ["name"] = "Bewoner" },
            ["value"] = value,
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(activity));
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        return (await client.PollAsync())
            .Where(a => a["from"]?["role"]?.GetValue<string>() == "bot" && a["replyToId"]?.GetValue<string>() == id)
            .Select(a => a["text"]?.GetValue<string>() ?? "")
            .ToList();
    }

    private static async Task<int> BiljettenAsync(ParticipatieFactory factory, int rondeId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Stembiljetten.CountAsync(b => b.RondeId == rondeId);
    }
}

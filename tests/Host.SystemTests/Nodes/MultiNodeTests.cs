using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Domain;
using Participatie.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Participatie.Host.SystemTests.Nodes;

/// <summary>
/// Two Host processes on one PostgreSQL database, as behind a load balancer: what a resident, a wijkcoördinator and
/// policy staff do on one node is seen on the other. The latencies are written to the test output (the figures in
/// docs/performance.md); the assertions only wait, generously, for the event.
/// </summary>
public sealed class MultiNodeTests(ITestOutputHelper output)
{
    // Latency is measured on a monotonic stopwatch, never the wall clock.
    private static readonly System.Diagnostics.Stopwatch Klok = System.Diagnostics.Stopwatch.StartNew();

    private static readonly TimeSpan Ruim = TimeSpan.FromSeconds(30);
    private const string Drempel = "buurt.Huishoudens >= 500";

    [PostgresFact]
    public async Task TwoNodes_OneDatabase_ResidentStaffTimersAndRulesWorkAcrossNodes()
    {
        using var database = new PostgresTestDatabase();
        var settings = new Dictionary<string, string>
        {
            ["Participatie__Database"] = "postgres",
            ["ConnectionStrings__Participatie"] = database.ConnectionString,
        };
        // One after the other: the first migrates and seeds, the second finds the database ready.
        await using var nodeA = await RunningHost.StartAsync(settings);
        await using var nodeB = await RunningHost.StartAsync(settings);
        using var httpA = new HttpClient { BaseAddress = nodeA.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = nodeB.BaseAddress };

        // A resident on node A, with the chat's WebSocket open on A.
        var resident = await DirectLineClient.StartAsync(httpA);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(resident.StreamUrl), default);
        var received = new ConcurrentQueue<string>();
        var gezien = new ConcurrentDictionary<string, TaskCompletionSource<TimeSpan>>();
        var luisteren = LuisterAsync(socket, received, gezien);
        var bekeken = gezien.GetOrAdd("heeft uw initiatief bekeken", _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

        // The same Direct Line token on node B.
        var opB = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{resident.ConversationId}/activities");
        opB.Headers.Authorization = new("Bearer", resident.Token);
        Assert.Equal(HttpStatusCode.OK, (await httpB.SendAsync(opB)).StatusCode);

        var referentie = await Intake.DoeAsync(resident, TimeProvider.System);
        int taakId;
        await using (var db = database.CreateContext())
        {
            taakId = await db.Taken.AsNoTracking()
                .Where(t => t.Initiatief!.Referentie == referentie && t.Status == TaakStatus.Open).Select(t => t.Id).SingleAsync();
        }

        // The wijkcoördinator signs in on A; the same cookie works on B (cookies ignore the port), and B completes the task.
        var cookies = new CookieContainer();
        using var staffA = StaffClient(nodeA, cookies);
        using var staffB = StaffClient(nodeB, cookies);
        (await staffA.PostAsJsonAsync("/api/auth/login", new { username = "wijkcoordinator", password = "participatie-demo" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await staffB.GetAsync("/api/taken")).StatusCode);
        var gevraagdOp = Klok.Elapsed;
        var afgerond = await staffB.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten" });
        Assert.Equal(HttpStatusCode.OK, afgerond.StatusCode);

        // B writes the resident's message; A's socket carries it.
        var aangekomen = await bekeken.Task.WaitAsync(Ruim);
        output.WriteLine($"Task completion sent to B → message on A's socket after {(aangekomen - gevraagdOp).TotalMilliseconds:0} ms (the completion itself included)");
        Assert.Single(received, m => m.Contains("heeft uw initiatief bekeken", StringComparison.Ordinal));

        await TimerFiresOnceAsync(nodeA, nodeB, cookies);
        await RulesPublishedOnAApplyOnBAsync(nodeA, nodeB);

        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, default);
        await luisteren.WaitAsync(Ruim);
    }

    /// <summary>A workflow imported on A and started on B waits 2 s; with both nodes sweeping, the step after the wait runs once.</summary>
    private async Task TimerFiresOnceAsync(RunningHost nodeA, RunningHost nodeB, CookieContainer cookies)
    {
        using var beheerA = StaffClient(nodeA, new CookieContainer());
        (await beheerA.PostAsJsonAsync("/api/auth/login", new { username = "beheer", password = "participatie-demo" })).EnsureSuccessStatusCode();
        using var beheerB = StaffClient(nodeB, new CookieContainer());
        (await beheerB.PostAsJsonAsync("/api/auth/login", new { username = "beheer", password = "participatie-demo" })).EnsureSuccessStatusCode();
        var definitie = Wachtstroom("twee-nodes-timer");
        var import = await beheerA.PostAsync("/api/workflows/definitions/import?publish=true", new StringContent(definitie, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);

        var start = await beheerB.PostAsJsonAsync("/api/workflows/instances", new { definitionId = "twee-nodes-timer" });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var instanceId = (await start.Content.ReadFromJsonAsync<JsonObject>())!["instance"]!["id"]!.GetValue<string>();

        JsonObject? detail = null;
        var wacht = Stopwatch.StartNew();
        while (wacht.Elapsed < TimeSpan.FromSeconds(60))
        {
            detail = await beheerA.GetFromJsonAsync<JsonObject>($"/api/workflows/instances/{instanceId}");
            if (detail!["instance"]!["subStatus"]!.GetValue<string>() is "Finished" or "Faulted")
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.Equal("Finished", detail!["instance"]!["subStatus"]!.GetValue<string>());
        var journaal = detail["journal"]!.AsArray();
        Assert.Single(journaal, j => j!["activityId"]!.GetValue<string>() == "wakker");
        Assert.Single(journaal, j => j!["activityId"]!.GetValue<string>() == "wacht" && j["status"]!.GetValue<string>() == "Completed");
        Assert.DoesNotContain(nodeA.Output.Concat(nodeB.Output), l => l.Contains(instanceId, StringComparison.Ordinal) && l.Contains("could not be resumed", StringComparison.Ordinal));
    }

    /// <summary>Policy staff publish a buurtselectie on A that no buurt meets; B's buurt list says so within moments.</summary>
    private async Task RulesPublishedOnAApplyOnBAsync(RunningHost nodeA, RunningHost nodeB)
    {
        using var beleid = StaffClient(nodeA, new CookieContainer());
        (await beleid.PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo" })).EnsureSuccessStatusCode();
        using var kijker = StaffClient(nodeB, new CookieContainer());
        (await kijker.PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo" })).EnsureSuccessStatusCode();
        Assert.Contains(await GeschiktOpBAsync(kijker), g => g);

        var json = (await beleid.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie"))!["gepubliceerd"]!["json"]!.GetValue<string>();
        Assert.Contains(Drempel, json, StringComparison.Ordinal);
        var concept = await (await beleid.PutAsJsonAsync("/api/regels/buurtselectie/concept",
            new { json = json.Replace(Drempel, "buurt.Huishoudens >= 100000000", StringComparison.Ordinal), revisie = (int?)null })).Content.ReadFromJsonAsync<JsonObject>();
        var publicatie = await beleid.PostAsJsonAsync("/api/regels/buurtselectie/publiceren", new { revisie = concept!["revisie"]!.GetValue<int>(), toelichting = "Geen buurt (test op twee nodes)" });
        var gepubliceerdOp = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, publicatie.StatusCode);

        while (gepubliceerdOp.Elapsed < Ruim && (await GeschiktOpBAsync(kijker)).Any(g => g))
        {
            await Task.Delay(20);
        }

        output.WriteLine($"Rules published on A → B's decisions changed after {gepubliceerdOp.ElapsedMilliseconds} ms (polling B every 20 ms)");
        Assert.DoesNotContain(await GeschiktOpBAsync(kijker), g => g);
    }

    private static async Task<List<bool>> GeschiktOpBAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/buurten"))!
            .Select(b => b!["selectie"]?["geschikt"]?.GetValue<bool>() ?? false).ToList();

    private static HttpClient StaffClient(RunningHost node, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = node.BaseAddress };

    private static async Task LuisterAsync(ClientWebSocket socket, ConcurrentQueue<string> received, ConcurrentDictionary<string, TaskCompletionSource<TimeSpan>> gezien)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, default);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var text = Encoding.UTF8.GetString(message.ToArray());
                if (text.Length == 0)
                {
                    continue;
                }

                foreach (var activity in JsonNode.Parse(text)!["activities"]!.AsArray())
                {
                    var tekst = activity!["text"]?.GetValue<string>() ?? "";
                    received.Enqueue(tekst);
                    foreach (var (zoek, tcs) in gezien)
                    {
                        if (tekst.Contains(zoek, StringComparison.Ordinal))
                        {
                            tcs.TrySetResult(Klok.Elapsed);
                        }
                    }
                }
            }
        }
        catch (WebSocketException)
        {
            // The node went away; the assertions say what was missed.
        }
    }

    /// <summary>Start → wait 2 s → write a line: one timer, due once.</summary>
    private static string Wachtstroom(string definitionId)
    {
        static JsonObject Literal(object value, string typeName) =>
            new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = JsonValue.Create(value) } };
        return new JsonObject
        {
            ["id"] = definitionId + "-v1",
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["version"] = 1,
            ["isPublished"] = true,
            ["root"] = new JsonObject
            {
                ["id"] = "fc",
                ["type"] = "Elsa.Flowchart",
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "wacht", ["name"] = "wacht", ["type"] = "Elsa.Delay", ["timeSpan"] = Literal("00:00:02", "TimeSpan") },
                    new JsonObject { ["id"] = "wakker", ["name"] = "wakker", ["type"] = "Elsa.WriteLine", ["text"] = Literal("wakker", "String") }),
                ["connections"] = new JsonArray(new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = "wacht", ["port"] = "Done" },
                    ["target"] = new JsonObject { ["activity"] = "wakker", ["port"] = "In" },
                }),
            },
        }.ToJsonString();
    }
}

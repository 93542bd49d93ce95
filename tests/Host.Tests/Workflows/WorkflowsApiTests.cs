using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Workflows;

public sealed class WorkflowsApiTests : IClassFixture<ParticipatieFactory>
{
    private const string Valid = """
    { "definitionId": "api-test", "name": "API test", "version": 1,
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
        { "id": "start", "type": "Elsa.Start" },
        { "id": "wacht", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "verder" } } },
        { "id": "zeg", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "versie 1" } } }
      ], "connections": [
        { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wacht", "port": "In" } },
        { "source": { "activity": "wacht", "port": "Done" }, "target": { "activity": "zeg", "port": "In" } }
      ] } }
    """;

    private readonly ParticipatieFactory factory;

    public WorkflowsApiTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task Import_InvalidDraft_Returns422WithLocatedErrorsAndKeepsThePublishedVersion()
    {
        var client = await factory.CreateStaffClientAsync("beheer");
        (await client.PostAsync("/api/workflows/definitions/import?publish=true", Json(Valid.Replace("api-test", "api-invalid")))).EnsureSuccessStatusCode();
        var broken = Valid.Replace("api-test", "api-invalid").Replace("\"Elsa.WriteLine\"", "\"Elsa.BestaatNiet\"").Replace("\"version\": 1", "\"version\": 2");

        var response = await client.PostAsync("/api/workflows/definitions/import?publish=true", Json(broken));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var errors = problem["errors"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var published = await client.GetFromJsonAsync<List<JsonObject>>("/api/workflows/definitions/api-invalid/versions");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(422, problem["status"]!.GetValue<int>());
        Assert.Contains(errors, e => e["activityId"]?.GetValue<string>() == "zeg");
        Assert.Contains(published!, v => v["isPublished"]!.GetValue<bool>() && v["version"]!.GetValue<int>() == 1);
        var start = await client.PostAsJsonAsync("/api/workflows/instances", new { definitionId = "api-invalid" });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
    }

    [Fact]
    public async Task StartTriggerAndGet_ShowsJournalBookmarksAndFinishedStatus()
    {
        var client = await factory.CreateStaffClientAsync("afdeling");
        (await client.PostAsync("/api/workflows/definitions/import?publish=true", Json(Valid))).EnsureSuccessStatusCode();

        var start = await client.PostAsJsonAsync("/api/workflows/instances", new { definitionId = "api-test", correlationId = "c-42" });
        var started = (await start.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = started["instance"]!["id"]!.GetValue<string>();
        var triggered = await client.PostAsJsonAsync("/api/workflows/events/verder", new { correlationId = "c-42" });
        var detail = (await client.GetFromJsonAsync<JsonObject>($"/api/workflows/instances/{id}"))!;

        Assert.Equal("Running", started["instance"]!["status"]!.GetValue<string>());
        Assert.Single(started["bookmarks"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, triggered.StatusCode);
        Assert.Equal("Finished", detail["instance"]!["status"]!.GetValue<string>());
        Assert.Contains(detail["journal"]!.AsArray(), j => j!["activityId"]!.GetValue<string>() == "zeg");
    }

    [Fact]
    public async Task ExportAfterImport_RoundTripsTheDefinition()
    {
        var client = await factory.CreateStaffClientAsync("beheer");
        (await client.PostAsync("/api/workflows/definitions/import", Json(Valid.Replace("api-test", "api-export")))).EnsureSuccessStatusCode();

        var exported = await client.GetStringAsync("/api/workflows/definitions/api-export");
        var again = await client.PostAsync("/api/workflows/definitions/validate", Json(exported));

        Assert.Equal("api-export", JsonNode.Parse(exported)!["definitionId"]!.GetValue<string>());
        Assert.Empty((await again.Content.ReadFromJsonAsync<List<JsonObject>>())!);
    }

    [Fact]
    public async Task Import_ByWijkcoordinator_Returns403()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var response = await client.PostAsync("/api/workflows/definitions/import", Json(Valid));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ActivityTypes_ListsBuiltInsWithPorts()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var types = await client.GetFromJsonAsync<List<JsonObject>>("/api/workflows/activity-types");

        Assert.Contains(types!, t => t["typeName"]?.GetValue<string>() == "Elsa.FlowDecision");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

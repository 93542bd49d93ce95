using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Workflows;

/// <summary>
/// 'Nieuwe workflow' (empty, a copy, a template) and retiring/deleting, which is refused while instances run.
/// Every test uses its own names, so the shared host's state does not matter.
/// </summary>
public sealed class NieuweWorkflowApiTests : IClassFixture<ParticipatieFactory>
{
    private const string Wacht = """
    { "definitionId": "DEF", "name": "Wacht", "version": 1,
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
        { "id": "start", "type": "Elsa.Start" },
        { "id": "wacht", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "verder" } } }
      ], "connections": [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wacht", "port": "In" } } ] } }
    """;

    private readonly ParticipatieFactory factory;

    public NieuweWorkflowApiTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task Create_FromTemplate_IsADraftWithTheTemplatesStepsThatCanBePublished()
    {
        var client = await factory.CreateStaffClientAsync("afdeling");

        var response = await client.PostAsJsonAsync("/api/workflows/definitions", new
        {
            name = "Subsidie wijkfeest (Zuid)", description = "Aanvragen voor een wijkfeest", startFrom = "template", source = "aanvraag-met-beoordeling-en-besluit",
        });
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var exported = JsonNode.Parse(await client.GetStringAsync("/api/workflows/definitions/subsidie-wijkfeest-zuid"))!;
        var publish = await client.PostAsync("/api/workflows/definitions/subsidie-wijkfeest-zuid/publish", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("subsidie-wijkfeest-zuid", created["definitionId"]!.GetValue<string>());
        Assert.Equal(1, created["version"]!.GetValue<int>());
        Assert.False(created["isPublished"]!.GetValue<bool>());
        Assert.Equal("Subsidie wijkfeest (Zuid)", exported["name"]!.GetValue<string>());
        Assert.Equal("Aanvragen voor een wijkfeest", exported["description"]!.GetValue<string>());
        Assert.Contains(exported["root"]!["activities"]!.AsArray(), a => a!["id"]!.GetValue<string>() == "besluit");
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
    }

    [Fact]
    public async Task Create_EmptyTwiceWithTheSameName_GetsTwoValidDefinitions()
    {
        var client = await factory.CreateStaffClientAsync("beheer");

        var first = (await (await client.PostAsJsonAsync("/api/workflows/definitions", new { name = "Lege proef", startFrom = "empty" })).Content.ReadFromJsonAsync<JsonObject>())!;
        var second = (await (await client.PostAsJsonAsync("/api/workflows/definitions", new { name = "Lege proef", startFrom = "empty" })).Content.ReadFromJsonAsync<JsonObject>())!;
        var json = await client.GetStringAsync("/api/workflows/definitions/lege-proef");
        var errors = await (await client.PostAsync("/api/workflows/definitions/validate", new StringContent(json, Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<List<JsonObject>>();

        Assert.Equal("lege-proef", first["definitionId"]!.GetValue<string>());
        Assert.Equal("lege-proef-2", second["definitionId"]!.GetValue<string>());
        Assert.Equal("Elsa.Start", JsonNode.Parse(json)!["root"]!["activities"]![0]!["type"]!.GetValue<string>());
        Assert.Empty(errors!);
    }

    [Fact]
    public async Task Create_CopyOfAShippedWorkflow_HasItsActivitiesUnderANewIdAndLeavesTheOriginal()
    {
        var client = await factory.CreateStaffClientAsync("beheer");
        var original = JsonNode.Parse(await client.GetStringAsync("/api/workflows/definitions/initiatief-routering"))!;

        var response = await client.PostAsJsonAsync("/api/workflows/definitions", new { name = "Routering kopie", startFrom = "copy", source = "initiatief-routering" });
        var copy = JsonNode.Parse(await client.GetStringAsync("/api/workflows/definitions/routering-kopie"))!;
        var originalAfter = JsonNode.Parse(await client.GetStringAsync("/api/workflows/definitions/initiatief-routering"))!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(original["root"]!["activities"]!.AsArray().Count, copy["root"]!["activities"]!.AsArray().Count);
        Assert.NotEqual(original["id"]!.GetValue<string>(), copy["id"]!.GetValue<string>());
        Assert.Equal(original["version"]!.GetValue<int>(), originalAfter["version"]!.GetValue<int>());
        Assert.Equal("Routering bewonersinitiatief", originalAfter["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "empty", null, HttpStatusCode.BadRequest, "naam")]
    [InlineData("Iets", "template", "bestaat-niet", HttpStatusCode.NotFound, "sjabloon")]
    [InlineData("Iets", "copy", "bestaat-niet", HttpStatusCode.NotFound, "kopiëren")]
    [InlineData("Iets", "zomaar", null, HttpStatusCode.BadRequest, "Onbekend begin")]
    public async Task Create_Invalid_IsRefusedWithADutchProblem(string name, string startFrom, string? source, HttpStatusCode status, string inDetail)
    {
        var client = await factory.CreateStaffClientAsync("beheer");

        var response = await client.PostAsJsonAsync("/api/workflows/definitions", new { name, startFrom, source });
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(inDetail, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ByWijkcoordinator_Returns403()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var response = await client.PostAsJsonAsync("/api/workflows/definitions", new { name = "Niet van mij", startFrom = "empty" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Templates_ListsTheShippedTemplatesWithTheirNames()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var templates = (await client.GetFromJsonAsync<List<JsonObject>>("/api/workflows/templates"))!;

        Assert.Contains(templates, t => t["id"]!.GetValue<string>() == "aanvraag-met-beoordeling-en-besluit"
            && t["name"]!.GetValue<string>() == "Aanvraag met beoordeling en besluit");
    }

    [Fact]
    public async Task RetireAndDelete_WhileAnInstanceRuns_Are409InDutch_AfterCancelBothSucceed()
    {
        var client = await factory.CreateStaffClientAsync("beheer");
        (await client.PostAsync("/api/workflows/definitions/import?publish=true", new StringContent(Wacht.Replace("DEF", "loopt-nog"), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var started = (await (await client.PostAsJsonAsync("/api/workflows/instances", new { definitionId = "loopt-nog" })).Content.ReadFromJsonAsync<JsonObject>())!;
        var instanceId = started["instance"]!["id"]!.GetValue<string>();

        var retireRunning = await client.PostAsync("/api/workflows/definitions/loopt-nog/retire", null);
        var deleteRunning = await client.DeleteAsync("/api/workflows/definitions/loopt-nog");
        var problem = (await retireRunning.Content.ReadFromJsonAsync<JsonObject>())!;
        (await client.PostAsync($"/api/workflows/instances/{instanceId}/cancel", null)).EnsureSuccessStatusCode();
        var retire = await client.PostAsync("/api/workflows/definitions/loopt-nog/retire", null);
        var startRetired = await client.PostAsJsonAsync("/api/workflows/instances", new { definitionId = "loopt-nog" });
        var versions = (await client.GetFromJsonAsync<List<JsonObject>>("/api/workflows/definitions/loopt-nog/versions"))!;
        var delete = await client.DeleteAsync("/api/workflows/definitions/loopt-nog");
        var afterDelete = await client.GetAsync("/api/workflows/definitions/loopt-nog");

        Assert.Equal(HttpStatusCode.Conflict, retireRunning.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, deleteRunning.StatusCode);
        Assert.Equal(409, problem["status"]!.GetValue<int>());
        Assert.Contains("kan niet worden ingetrokken: er 1 instantie loopt nog", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, retire.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, startRetired.StatusCode);
        Assert.All(versions, v => Assert.False(v["isPublished"]!.GetValue<bool>()));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
    }

    [Fact]
    public async Task Delete_AWorkflowUsedAsActivityByAnother_Is409()
    {
        var client = await factory.CreateStaffClientAsync("beheer");
        var child = Wacht.Replace("DEF", "kind-activiteit").Replace("\"name\": \"Wacht\"", "\"name\": \"KindActiviteit\", \"options\": { \"usableAsActivity\": true }");
        var parent = Wacht.Replace("DEF", "ouder").Replace("\"type\": \"Elsa.Event\", \"eventName\": { \"typeName\": \"String\", \"expression\": { \"type\": \"Literal\", \"value\": \"verder\" } }", "\"type\": \"KindActiviteit\", \"workflowDefinitionId\": \"kind-activiteit\"");
        (await client.PostAsync("/api/workflows/definitions/import?publish=true", new StringContent(child, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/workflows/definitions/import", new StringContent(parent, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var delete = await client.DeleteAsync("/api/workflows/definitions/kind-activiteit");
        var problem = (await delete.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("'ouder'", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetireAndDelete_UnknownDefinition_Return404()
    {
        var client = await factory.CreateStaffClientAsync("beheer");

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/workflows/definitions/bestaat-niet/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/workflows/definitions/bestaat-niet")).StatusCode);
    }
}

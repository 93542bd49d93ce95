using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Host.Tests.Workflows;

/// <summary>
/// <c>/workflows/…</c>: workflow HTTP endpoints with their authorisation (staff role or hashed API key, 401/403 as
/// problem details), and SendHttpRequest limited to beheer's allow-list, with what the instance viewer shows.
/// </summary>
public sealed class WerkstroomEndpointsTests : IAsyncLifetime
{
    private const string ApiKey = "koppeling-sleutel-0123456789";

    private readonly LocalHttpServer server = new() { Respond = _ => (200, "application/json", "{\"aantal\":7}") };
    private CustomFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = NewFactory(allowAnonymous: false, allowLocalServer: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await server.DisposeAsync();
    }

    private CustomFactory NewFactory(bool allowAnonymous, bool allowLocalServer) => new("Development", new Dictionary<string, string?>
    {
        ["Participatie:SeedDemoData"] = "false",
        ["Participatie:Werkstromen:Http:ApiKeys:0:Naam"] = "koppeling",
        ["Participatie:Werkstromen:Http:ApiKeys:0:Sha256"] = WerkstroomEndpoints.HashApiKey(ApiKey),
        ["Participatie:Werkstromen:Http:AllowAnonymousEndpoints"] = allowAnonymous ? "true" : "false",
        ["Participatie:Werkstromen:Http:AllowedHosts:0"] = "127.0.0.1",
        ["Participatie:Werkstromen:Http:AllowedPrivateNetworks:0"] = allowLocalServer ? "127.0.0.1/32" : null,
        ["Participatie:Werkstromen:Http:JournalBodyLimit"] = "8",
    });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Endpoint(string id, string path, bool authorize, string? policy = null) => $$"""
    { "definitionId": "{{id}}", "name": "{{id}}", "version": 1,
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
        { "id": "in", "type": "Elsa.HttpEndpoint", "customProperties": { "canStartWorkflow": true },
          "path": { "typeName": "String", "expression": { "type": "Literal", "value": "{{path}}" } },
          "supportedMethods": { "typeName": "String[]", "expression": { "type": "Literal", "value": "[\"GET\",\"POST\"]" } },
          "authorize": { "typeName": "Boolean", "expression": { "type": "Literal", "value": {{(authorize ? "true" : "false")}} } },
          "policy": { "typeName": "String", "expression": { "type": "Literal", "value": "{{policy}}" } } },
        { "id": "uit", "type": "Elsa.WriteHttpResponse",
          "statusCode": { "typeName": "String", "expression": { "type": "Literal", "value": "OK" } },
          "content": { "typeName": "Object", "expression": { "type": "Literal", "value": "Hallo uit {{id}}" } } }
      ], "connections": [ { "source": { "activity": "in", "port": "Done" }, "target": { "activity": "uit", "port": "In" } } ] } }
    """;

    private static async Task PublishAsync(CustomFactory host, string json)
    {
        var beheer = await host.CreateStaffClientAsync("beheer");
        var response = await beheer.PostAsync("/api/workflows/definitions/import?publish=true", Json(json));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static HttpClient Anonymous(CustomFactory host) => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Endpoint_WithoutCallerOrWithWrongKey_Returns401Problem_WithApiKey_RunsWorkflow()
    {
        await PublishAsync(factory, Endpoint("koppeling", "koppeling/ping", authorize: true));
        var client = Anonymous(factory);

        var anonymous = await client.GetAsync("/workflows/koppeling/ping");
        var wrong = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/workflows/koppeling/ping") { Headers = { { "X-Api-Key", "geraden" } } });
        var right = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/workflows/koppeling/ping?token=abc") { Headers = { { "X-Api-Key", ApiKey } } });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("Hallo uit koppeling", await right.Content.ReadAsStringAsync());

        // The instance viewer's data: the request with its key masked, the response body cut at the configured size.
        var instanceId = right.Headers.GetValues("X-Workflow-Instance-Id").Single();
        var detail = (await (await factory.CreateStaffClientAsync("afdeling")).GetFromJsonAsync<JsonObject>($"/api/workflows/instances/{instanceId}"))!;
        var journal = detail["journal"]!.AsArray();
        var request = journal.Single(j => j!["activityId"]!.GetValue<string>() == "in")!["http"]!;
        var response = journal.Single(j => j!["activityId"]!.GetValue<string>() == "uit")!["http"]!;
        Assert.Equal("***", request["requestHeaders"]!["X-Api-Key"]!.GetValue<string>());
        Assert.Equal("api-key:koppeling", request["caller"]!.GetValue<string>());
        Assert.Contains("token=***", request["url"]!.GetValue<string>());
        Assert.Equal(("Hallo ui", true), (response["responseBody"]!.GetValue<string>(), response["responseBodyTruncated"]!.GetValue<bool>()));
        Assert.DoesNotContain(ApiKey, detail.ToJsonString());
    }

    [Fact]
    public async Task Endpoint_WithRolePolicy_OtherStaffRole403_ThatRole200()
    {
        await PublishAsync(factory, Endpoint("alleen-afdeling", "afdeling/melding", authorize: true, policy: "afdeling"));

        var wijk = await (await factory.CreateStaffClientAsync("wijkcoordinator")).GetAsync("/workflows/afdeling/melding");
        var afdeling = await (await factory.CreateStaffClientAsync("afdeling")).GetAsync("/workflows/afdeling/melding");
        var key = await Anonymous(factory).SendAsync(new HttpRequestMessage(HttpMethod.Get, "/workflows/afdeling/melding") { Headers = { { "X-Api-Key", ApiKey } } });

        Assert.Equal(HttpStatusCode.Forbidden, wijk.StatusCode);
        Assert.Equal("application/problem+json", wijk.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, afdeling.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, key.StatusCode); // the key has no role
    }

    [Fact]
    public async Task Endpoint_UnknownPathAndOtherMethod_Return404And405Problems()
    {
        await PublishAsync(factory, Endpoint("methoden", "alleen-get-post", authorize: false));
        var client = Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);

        var unknown = await client.GetAsync("/workflows/bestaat-niet");
        var put = await client.PutAsync("/workflows/alleen-get-post", Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnonymousEndpoints_OnlyWhenBeheerAllowsThem_AndOnlyWithoutAuthorize()
    {
        await PublishAsync(factory, Endpoint("open", "open", authorize: false));
        using var open = NewFactory(allowAnonymous: true, allowLocalServer: true);
        await PublishAsync(open, Endpoint("open", "open", authorize: false));
        await PublishAsync(open, Endpoint("dicht", "dicht", authorize: true));

        var closedHost = await Anonymous(factory).GetAsync("/workflows/open");
        var openHost = await Anonymous(open).GetAsync("/workflows/open");
        var authorizeOnOpenHost = await Anonymous(open).GetAsync("/workflows/dicht");

        Assert.Equal(HttpStatusCode.Unauthorized, closedHost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openHost.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, authorizeOnOpenHost.StatusCode);
    }

    [Fact]
    public async Task Publish_SecondWorkflowOnSamePathAndMethod_Refused422()
    {
        await PublishAsync(factory, Endpoint("eerste", "gedeeld", authorize: true));
        var beheer = await factory.CreateStaffClientAsync("beheer");

        var response = await beheer.PostAsync("/api/workflows/definitions/import?publish=true", Json(Endpoint("tweede", "gedeeld", authorize: true)));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var english = await beheer.PostAsync("/api/workflows/definitions/import?publish=true&taal=en", Json(Endpoint("tweede", "gedeeld", authorize: true)));
        var problemEn = (await english.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["code"]!.GetValue<string>() == "WF012" && e["message"]!.GetValue<string>() == "Het pad /gedeeld met methode get wordt al gebruikt door een andere workflow.");
        // In English, Elsa's own words.
        Assert.Contains(problemEn["errors"]!.AsArray(), e => e!["code"]!.GetValue<string>() == "WF012" && e["message"]!.GetValue<string>() == "The /gedeeld path and get method are already in use by another workflow!");
    }

    private string Sender(string id, string url) => $$"""
    { "definitionId": "{{id}}", "name": "{{id}}", "version": 1,
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
        { "id": "start", "type": "Elsa.Start" },
        { "id": "vraag", "type": "Elsa.SendHttpRequest",
          "url": { "typeName": "String", "expression": { "type": "Literal", "value": "{{url}}" } },
          "authorization": { "typeName": "String", "expression": { "type": "Literal", "value": "Bearer zeer-geheim" } } }
      ], "connections": [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "vraag", "port": "In" } } ] } }
    """;

    [Fact]
    public async Task SendHttpRequest_ToAllowedLocalServer_AnswersAndJournalMasksAuthorization()
    {
        await PublishAsync(factory, Sender("vraag-teller", server.Url("/teller").ToString()));
        var afdeling = await factory.CreateStaffClientAsync("afdeling");

        var started = (await (await afdeling.PostAsJsonAsync("/api/workflows/instances", new { definitionId = "vraag-teller" })).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = started["instance"]!["id"]!.GetValue<string>();
        var detail = (await afdeling.GetFromJsonAsync<JsonObject>($"/api/workflows/instances/{id}"))!;

        Assert.Equal("Finished", detail["instance"]!["subStatus"]!.GetValue<string>());
        Assert.Contains("Authorization: Bearer zeer-geheim", Assert.Single(server.Requests));
        var http = detail["journal"]!.AsArray().Single(j => j!["activityId"]!.GetValue<string>() == "vraag")!["http"]!;
        Assert.Equal((200, "***"), (http["statusCode"]!.GetValue<int>(), http["requestHeaders"]!["Authorization"]!.GetValue<string>()));
        Assert.DoesNotContain("zeer-geheim", detail.ToJsonString());
    }

    [Fact]
    public async Task SendHttpRequest_ToLoopbackNotInAllowedNetworks_FaultsWithReason()
    {
        using var strict = NewFactory(allowAnonymous: false, allowLocalServer: false);
        await PublishAsync(strict, Sender("ssrf", server.Url("/intern").ToString()));
        var afdeling = await strict.CreateStaffClientAsync("afdeling");

        var started = (await (await afdeling.PostAsJsonAsync("/api/workflows/instances", new { definitionId = "ssrf" })).Content.ReadFromJsonAsync<JsonObject>())!;
        var detail = (await afdeling.GetFromJsonAsync<JsonObject>($"/api/workflows/instances/{started["instance"]!["id"]!.GetValue<string>()}"))!;

        Assert.Equal("Faulted", detail["instance"]!["subStatus"]!.GetValue<string>());
        Assert.Contains("internal address that is not allowed", Assert.Single(detail["incidents"]!.AsArray())!["message"]!.GetValue<string>());
        Assert.Empty(server.Requests);
    }
}

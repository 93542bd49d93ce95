using System.Net;
using System.Text.Json.Nodes;
using Participatie.Workflows.Http;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Tests.Http;

/// <summary>HttpEndpoint and WriteHttpResponse through the engine's dispatcher (the Host's route and authorisation are tested in Host.Tests).</summary>
public sealed class HttpWorkflowTests
{
    private static JsonObject Endpoint(string id, string path, string methods = "[\"GET\"]", bool authorize = false)
    {
        var activity = Wf.Activity(id, "Elsa.HttpEndpoint",
            ("path", Wf.Literal(path)), ("supportedMethods", Wf.Literal(methods, "String[]")), ("authorize", Wf.Literal(authorize, "Boolean")));
        activity["customProperties"] = new JsonObject { ["canStartWorkflow"] = true };
        return activity;
    }

    private static JsonObject Respond(string id, string status, string javaScript) =>
        Wf.Activity(id, "Elsa.WriteHttpResponse", ("statusCode", Wf.Literal(status)),
            ("content", new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = javaScript } }));

    [Fact]
    public async Task Request_ToPublishedEndpoint_RunsWorkflowAndReturnsItsResponse()
    {
        var engine = WorkflowEngine.Create(b => b.Options.HttpJournalBodyLimit = 5);
        await engine.Definitions.ImportAsync(Wf.Chain("h",
            Endpoint("in", "/groet/"),
            Respond("out", "Created", "'hallo ' + getOutputFrom('in', 'QueryStringData').naam")), publish: true);

        var match = await engine.Http.MatchAsync("get", "Groet");
        var result = await engine.Http.RunAsync(match.Trigger!, new HttpWorkflowRequest
        {
            Method = "GET",
            Path = "/groet",
            Query = new Dictionary<string, string> { ["naam"] = "Noor", ["api_key"] = "k" },
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer geheim", ["X-Api-Key"] = "geheim", ["Accept"] = "text/plain" },
            Body = "een lange tekst",
        });

        Assert.Equal((201, "hallo Noor"), (result.Response!.StatusCode, result.Response.Body));
        Assert.Equal(WorkflowSubStatus.Finished, result.Run.Instance.SubStatus);
        var incoming = result.Run.Instance.Journal.Single(j => j.ActivityId == "in").Http!;
        Assert.Equal(("***", "***", "text/plain"), (incoming.RequestHeaders!["Authorization"], incoming.RequestHeaders["X-Api-Key"], incoming.RequestHeaders["Accept"]));
        Assert.Equal(("een l", true), (incoming.RequestBody, incoming.RequestBodyTruncated));
        Assert.Contains("api_key=***", incoming.Url);
        var outgoing = result.Run.Instance.Journal.Single(j => j.ActivityId == "out").Http!;
        Assert.Equal((201, "hallo", true), (outgoing.StatusCode, outgoing.ResponseBody, outgoing.ResponseBodyTruncated));
    }

    [Fact]
    public async Task Match_UnknownPathOrOtherMethod_TellsNotFoundFromMethodNotAllowed()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Wf.Chain("h", Endpoint("in", "groet", "[\"POST\"]"), Respond("out", "OK", "'x'")), publish: true);

        var unknown = await engine.Http.MatchAsync("POST", "/onbekend");
        var wrongMethod = await engine.Http.MatchAsync("GET", "/groet");
        var right = await engine.Http.MatchAsync("POST", "/groet");

        Assert.Equal((null, false), (unknown.Trigger, unknown.MethodNotAllowed));
        Assert.Equal((null, true), (wrongMethod.Trigger, wrongMethod.MethodNotAllowed));
        Assert.Equal("h", right.Trigger!.DefinitionId);
    }

    [Fact]
    public async Task Match_DraftOrDeletedWorkflow_FindsNothing()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Wf.Chain("draft", Endpoint("in", "concept")), publish: false);
        await engine.Definitions.ImportAsync(Wf.Chain("gone", Endpoint("in", "weg")), publish: true);
        var before = await engine.Http.MatchAsync("GET", "/weg");

        await engine.Definitions.DeleteAsync("gone");

        Assert.Null((await engine.Http.MatchAsync("GET", "/concept")).Trigger);
        Assert.NotNull(before.Trigger);
        Assert.Null((await engine.Http.MatchAsync("GET", "/weg")).Trigger);
    }

    [Fact]
    public async Task Publish_SamePathAndMethodAsAnotherWorkflow_RefusedWithElsasMessage()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Wf.Chain("a", Endpoint("in", "/dubbel", "[\"GET\",\"POST\"]")), publish: true);

        var otherMethod = await engine.Definitions.ImportAsync(Wf.Chain("b", Endpoint("in", "dubbel", "[\"PUT\"]")), publish: true);
        var same = await engine.Definitions.ImportAsync(Wf.Chain("c", Endpoint("in", "Dubbel", "[\"post\"]")), publish: true);
        var republish = await engine.Definitions.ImportAsync(Wf.Chain("a", Endpoint("in", "/dubbel", "[\"GET\"]")), publish: true);

        Assert.True(otherMethod.Succeeded);
        var error = Assert.Single(same.Errors);
        Assert.Equal((ValidationCodes.HttpRouteInUse, "The /dubbel path and post method are already in use by another workflow!", "in"), (error.Code, error.Message, error.ActivityId));
        Assert.True(republish.Succeeded);
    }

    [Fact]
    public async Task WriteHttpResponse_WithoutWaitingRequest_RecordsWhyNothingWasSent()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Wf.Chain("h", Wf.Activity("s", "Elsa.Start"), Respond("out", "OK", "'x'")), publish: true);

        var run = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "h" });

        Assert.Equal(WorkflowSubStatus.Finished, run.Instance.SubStatus);
        Assert.Contains("no HTTP request is waiting", run.Instance.Journal.Single(j => j.ActivityId == "out").Http!.Error);
    }
}

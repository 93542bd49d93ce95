using System.Net;
using System.Text.Json.Nodes;
using Participatie.Workflows.Http;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Http;

/// <summary>SendHttpRequest only reaches allowed hosts, never internal addresses unless those are allowed too (no SSRF).</summary>
public sealed class SendHttpRequestTests
{
    private static string Send(string url, string? authorization = null) => Wf.Chain("s",
        Wf.Activity("send", "Elsa.SendHttpRequest",
            ("url", Wf.Literal(url)), ("method", Wf.Literal("POST")),
            ("content", Wf.Literal("{\"vraag\":\"hoeveel\"}", "Object")), ("contentType", Wf.Literal("application/json")),
            ("authorization", Wf.Literal(authorization)),
            ("statusCode", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Status" } }),
            ("parsedContent", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Antwoord" } })),
        Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("getStatus() + ' ' + getAntwoord().aantal", "String"))));

    private static string WithVariables(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["variables"] = new JsonArray(
            new JsonObject { ["id"] = "Status", ["name"] = "Status", ["typeName"] = "Int32" },
            new JsonObject { ["id"] = "Antwoord", ["name"] = "Antwoord", ["typeName"] = "Object" });
        return node.ToJsonString();
    }

    private static async Task<WorkflowRunResult> RunAsync(HttpSendPolicy policy, string url, int journalLimit = 4096)
    {
        var engine = WorkflowEngine.Create(b =>
        {
            b.UseHttpPolicy(policy);
            b.Options.HttpJournalBodyLimit = journalLimit;
        });
        var imported = await engine.Definitions.ImportAsync(WithVariables(Send(url, "Bearer geheim-token")), publish: true);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        return await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "s" });
    }

    private static string Incident(WorkflowRunResult run)
    {
        Assert.Equal(WorkflowSubStatus.Faulted, run.Instance.SubStatus);
        return Assert.Single(run.Instance.Incidents).Message;
    }

    [Fact]
    public async Task Send_ToAllowListedLocalServer_ReturnsResponseAndJournalsItMasked()
    {
        await using var server = new LocalHttpServer { Respond = _ => (200, "application/json", "{\"aantal\":42,\"toelichting\":\"veel tekst\"}") };
        var policy = new HttpSendPolicy { AllowedHosts = ["127.0.0.1"], AllowedPrivateNetworks = ["127.0.0.1/32"] };

        var run = await RunAsync(policy, server.Url("/api/tel?x=1").ToString(), journalLimit: 10);

        Assert.Equal(WorkflowSubStatus.Finished, run.Instance.SubStatus);
        Assert.Equal(["200 42"], run.Lines);
        var request = Assert.Single(server.Requests);
        Assert.StartsWith("POST /api/tel?x=1 HTTP/1.1", request);
        Assert.Contains("Authorization: Bearer geheim-token", request);
        Assert.EndsWith("{\"vraag\":\"hoeveel\"}", request);
        var http = run.Instance.Journal.Single(j => j.ActivityId == "send").Http!;
        Assert.Equal(("outgoing", 200, "***", "***"), (http.Direction, http.StatusCode, http.RequestHeaders!["Authorization"], http.ResponseHeaders!["Set-Cookie"]));
        Assert.Equal(("{\"aantal\":", true), (http.ResponseBody, http.ResponseBodyTruncated));
        Assert.Equal("***", run.Instance.Journal.Single(j => j.ActivityId == "send").Inputs!["Authorization"]!.GetValue<string>());
        Assert.DoesNotContain("geheim", System.Text.Json.JsonSerializer.Serialize(run.Instance));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("169.254.169.254")]
    [InlineData("192.168.1.10")]
    [InlineData("[::1]")]
    public async Task Send_ToInternalAddressOnHostListButNotAllowedNetwork_Refused(string host)
    {
        var policy = new HttpSendPolicy { AllowedHosts = [host.Trim('[', ']')], Timeout = TimeSpan.FromSeconds(5) };

        var run = await RunAsync(policy, $"http://{host}:9/");

        Assert.Contains("internal address that is not allowed", Incident(run));
        Assert.Contains("internal address", run.Instance.Journal.Single(j => j.ActivityId == "send").Http!.Error);
    }

    [Fact]
    public async Task Send_ToDnsNameResolvingToLoopback_Refused()
    {
        await using var server = new LocalHttpServer();
        var policy = new HttpSendPolicy { AllowedHosts = ["localhost"] };

        var run = await RunAsync(policy, $"http://localhost:{server.Port}/");

        Assert.Contains("localhost resolves to", Incident(run));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Send_ToHostNotOnList_Refused()
    {
        await using var server = new LocalHttpServer();
        var policy = new HttpSendPolicy { AllowedHosts = ["api.example.nl"], AllowedPrivateNetworks = ["127.0.0.1/32"] };

        var run = await RunAsync(policy, server.Url("/").ToString());

        Assert.Contains("Host 127.0.0.1 is not on the allow-list", Incident(run));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Send_WithDefaultPolicy_RefusesEverything()
    {
        await using var server = new LocalHttpServer();
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(WithVariables(Send(server.Url("/").ToString())), publish: true);

        var run = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "s" });

        Assert.Contains("not on the allow-list", Incident(run));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Send_ResponseLargerThanLimit_Refused()
    {
        await using var server = new LocalHttpServer { Respond = _ => (200, "text/plain", new string('x', 5000)) };
        var policy = new HttpSendPolicy { AllowedHosts = ["127.0.0.1"], AllowedPrivateNetworks = ["127.0.0.1/32"], MaxResponseBytes = 1000 };

        var run = await RunAsync(policy, server.Url("/").ToString());

        Assert.Contains("more than the limit of 1000", Incident(run));
    }

    [Fact]
    public async Task Send_ServerNeverAnswers_TimesOut()
    {
        await using var server = new LocalHttpServer { Hang = true };
        var policy = new HttpSendPolicy { AllowedHosts = ["127.0.0.1"], AllowedPrivateNetworks = ["127.0.0.1/32"], Timeout = TimeSpan.FromMilliseconds(300) };

        var run = await RunAsync(policy, server.Url("/").ToString());

        Assert.Contains("did not answer within 0.3 s", Incident(run));
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.5.4", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("2a00:1450::1", false)]
    public void IsInternal_Address_ClassifiedAsExpected(string address, bool expected) =>
        Assert.Equal(expected, HttpSendPolicy.IsInternal(IPAddress.Parse(address)));
}

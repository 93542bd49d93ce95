using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// A state-changing request with the staff cookie from another origin is refused with 403 and changes nothing; the same
/// request from the host's own origin works. The measured cases: a cross-origin text/plain POST published a workflow, a
/// form POST started the programme.
/// </summary>
public sealed class CsrfTests(ParticipatieFactory factory) : IClassFixture<ParticipatieFactory>
{
    private const string Evil = "https://evil.example";
    private const string Own = "http://localhost";

    private const string Workflow = """
    { "definitionId": "csrf-proef", "name": "CSRF proef", "version": 1,
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [ { "id": "start", "type": "Elsa.Start" } ], "connections": [] } }
    """;

    [Fact]
    public async Task PublishWorkflow_TextPlainFromAnotherOrigin_Refused_FromOwnOriginPublished()
    {
        var beheer = await StaffCookie.SignInAsync(factory, "beheer");
        (await beheer.SendAsync(HttpMethod.Post, "/api/workflows/definitions/import", new StringContent(Workflow, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var forged = await beheer.SendAsync(HttpMethod.Post, "/api/workflows/definitions/csrf-proef/publish?version=1", new StringContent("x", Encoding.UTF8, "text/plain"), origin: Evil);
        var afterForged = await PublishedVersionsAsync(beheer);
        var own = await beheer.SendAsync(HttpMethod.Post, "/api/workflows/definitions/csrf-proef/publish?version=1", new StringContent("x", Encoding.UTF8, "text/plain"), origin: Own);
        var afterOwn = await PublishedVersionsAsync(beheer);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, afterForged);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(1, afterOwn);
    }

    [Fact]
    public async Task StartProgramme_FormPostFromAnotherSite_Refused_FromOwnOriginStarted()
    {
        var beleid = await StaffCookie.SignInAsync(factory, "beleid");
        var id = (await (await beleid.GetAsync("/api/programmas")).Content.ReadFromJsonAsync<List<JsonObject>>())!.Single()["id"]!.GetValue<int>();

        // What a browser sends for an auto-submitted <form method=post> on another site.
        var form = new HttpRequestMessage(HttpMethod.Post, $"/api/programmas/{id}/start") { Content = new FormUrlEncodedContent([]) };
        form.Headers.Add("Cookie", beleid.Value);
        form.Headers.Add("Origin", Evil);
        form.Headers.Add("Sec-Fetch-Site", "cross-site");
        var forged = await beleid.Http.SendAsync(form);
        var afterForged = await StatusAsync(beleid, id);

        var own = new HttpRequestMessage(HttpMethod.Post, $"/api/programmas/{id}/start");
        own.Headers.Add("Cookie", beleid.Value);
        own.Headers.Add("Origin", Own);
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        var started = await beleid.Http.SendAsync(own);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Null(afterForged["workflowInstanceId"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.NotNull((await StatusAsync(beleid, id))["workflowInstanceId"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-site")]     // another subdomain: SameSite does not stop this one
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Origin", "null")]                  // sandboxed frames, some redirects
    [InlineData("Origin", "https://localhost")]     // same host, other scheme
    [InlineData("Origin", "http://localhost:8080")] // same host, other port
    public async Task StateChange_FromAnythingButThisOrigin_Refused(string header, string value)
    {
        var beheer = await StaffCookie.SignInAsync(factory, "beheer");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/accounts")
        {
            Content = JsonContent.Create(new { gebruikersnaam = "csrf-" + Guid.NewGuid().ToString("N")[..6], naam = "x", wachtwoord = "zeven-groene-lantaarns", rollen = new[] { "beheer" } }),
        };
        request.Headers.Add("Cookie", beheer.Value);
        request.Headers.Add(header, value);

        var response = await beheer.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Logout_FromAnotherOrigin_Refused_TheSessionStays()
    {
        var session = await StaffCookie.SignInAsync(factory, "afdeling");

        var forged = await session.SendAsync(HttpMethod.Post, "/api/auth/logout", origin: Evil);
        var me = await session.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task SignIn_FromAnotherOrigin_Refused_NoCookie()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { username = "wijkcoordinator", password = "participatie-demo" }) };
        request.Headers.Add("Origin", Evil);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Reading_FromAnotherOrigin_IsNotThisChecksBusiness()
    {
        // GET changes nothing; whether another origin may read the answer is CORS's job (and it may not).
        var session = await StaffCookie.SignInAsync(factory, "afdeling");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", session.Value);
        request.Headers.Add("Origin", Evil);

        var response = await session.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task DirectLine_WithTokenFromAnEmbeddingSite_NotAffected()
    {
        using var embedded = new CustomFactory("Development", new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://www.maaswaarde.example" });
        var http = embedded.CreateClient();
        var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/chat/token");
        tokenRequest.Headers.Add("Origin", "https://www.maaswaarde.example");
        tokenRequest.Headers.Add("Sec-Fetch-Site", "cross-site");
        var token = await http.SendAsync(tokenRequest);
        var chat = await DirectLineClient.StartAsync(http);

        var activity = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = "bewoner" }, text = "hallo" }),
        };
        activity.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        activity.Headers.Add("Origin", "https://www.maaswaarde.example");
        activity.Headers.Add("Sec-Fetch-Site", "cross-site");
        var posted = await http.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    private static async Task<int> PublishedVersionsAsync(StaffCookie session) =>
        (await (await session.GetAsync("/api/workflows/definitions/csrf-proef/versions")).Content.ReadFromJsonAsync<List<JsonObject>>())!
            .Count(v => v["isPublished"]!.GetValue<bool>());

    private static async Task<JsonObject> StatusAsync(StaffCookie session, int id) =>
        (await (await session.GetAsync($"/api/programmas/{id}")).Content.ReadFromJsonAsync<JsonObject>())!;
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// Body limits are enforced on the stream by the real server (Kestrel): a chunked body has no Content-Length, so a
/// check of that header alone let 20 MB through. The in-memory test server does not enforce Kestrel's limits, hence a
/// Host process on loopback. The upload limit is set to 1 MB here; the server-wide default is 1 MB.
/// </summary>
public sealed class RequestBodyLimitTests(RequestBodyLimitTests.Host host) : IClassFixture<RequestBodyLimitTests.Host>
{
    [Fact]
    public async Task DirectLineActivity_ChunkedOverTheLimit_Returns413AndStoresNothing()
    {
        using var http = new HttpClient { BaseAddress = host.Running.BaseAddress };
        var chat = await DirectLineClient.StartAsync(http);
        var before = await chat.PollAsync();

        var tooBig = await chat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities",
            ChunkedContent.Json("{\"type\":\"message\",\"from\":{\"id\":\"bewoner\"},\"text\":\"groot", 2 * 1024 * 1024, "\"}"));
        var small = await chat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities",
            ChunkedContent.Json("{\"type\":\"message\",\"from\":{\"id\":\"bewoner\"},\"text\":\"klein", 10, "\"}"));
        var after = await chat.PollAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        var userTexts = after.Where(a => a["from"]?["role"]?.GetValue<string>() != "bot").Select(a => a["text"]?.GetValue<string>() ?? "").ToList();
        Assert.Equal(["klein" + new string('a', 10)], userTexts);
        Assert.NotEmpty(before);
    }

    [Fact]
    public async Task Upload_ChunkedFilesTogetherOverTheUploadLimit_Returns413AndWritesNoFile()
    {
        // Four files each under the 1 MB per-file check: only the limit on the whole body stops them.
        using var http = new HttpClient { BaseAddress = host.Running.BaseAddress };
        var chat = await DirectLineClient.StartAsync(http);
        var folder = Path.Combine(host.DataDirectory, "uploads", chat.ConversationId);

        var tooBig = await chat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/upload",
            ChunkedContent.Multipart("image/png", 900 * 1024, files: 4));
        var folderAfterTooBig = Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
        var small = await chat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/upload",
            ChunkedContent.Multipart("image/png", 900 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(0, folderAfterTooBig);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task StaffJson_ChunkedOverTheDefaultLimit_Returns413ProblemDetailsAndCreatesNoAccount()
    {
        using var staff = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.Running.BaseAddress };
        (await staff.PostAsJsonAsync("/api/auth/login", new { username = "beheer", password = "participatie-demo" })).EnsureSuccessStatusCode();

        var tooBig = await staff.PostAsync("/api/accounts", ChunkedContent.Json(
            "{\"gebruikersnaam\":\"groot\",\"wachtwoord\":\"een-heel-lang-wachtwoord-voor-groot\",\"rollen\":[\"beleid\"],\"naam\":\"",
            2 * 1024 * 1024, "\"}"));
        var problem = await tooBig.Content.ReadFromJsonAsync<JsonObject>();
        var accounts = await staff.GetFromJsonAsync<List<JsonObject>>("/api/accounts");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal("application/problem+json", tooBig.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, problem!["status"]!.GetValue<int>());
        Assert.DoesNotContain(accounts!, a => a["gebruikersnaam"]!.GetValue<string>() == "groot");
    }

    [Fact]
    public async Task StaffRawBody_ChunkedOverTheDefaultLimit_Returns413ProblemDetails()
    {
        // The workflow endpoints read the body themselves (not through parameter binding): the limit holds there too.
        using var staff = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.Running.BaseAddress };
        (await staff.PostAsJsonAsync("/api/auth/login", new { username = "beheer", password = "participatie-demo" })).EnsureSuccessStatusCode();

        var tooBig = await staff.PostAsync("/api/workflows/definitions/validate", ChunkedContent.Json("{\"name\":\"", 2 * 1024 * 1024, "\"}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(413, (await tooBig.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<int>());
    }

    /// <summary>One Host process for the class, on a data folder the tests can look into.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));

        public RunningHost Running { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Running = await RunningHost.StartAsync(
                new Dictionary<string, string> { ["DirectLine__MaxUploadBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                DataDirectory);

        public async Task DisposeAsync()
        {
            await Running.DisposeAsync();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Temp leftovers are harmless.
            }
        }
    }
}

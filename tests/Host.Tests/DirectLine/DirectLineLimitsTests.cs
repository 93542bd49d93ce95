using System.Net;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.DirectLine;

public sealed class DirectLineLimitsTests
{
    [Fact]
    public async Task Polling_FasterThanTheLimit_Returns429WithRetryAfter()
    {
        using var factory = new CustomFactory("Development", new Dictionary<string, string?>
        {
            ["DirectLine:RequestBurst"] = "3",
            ["DirectLine:RequestsPerSecond"] = "1",
        });
        var client = await DirectLineClient.StartAsync(factory.CreateClient());

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add(await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities"));
        }

        var limited = statuses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter is not null, "429 must say when to retry");
    }

    [Fact]
    public async Task ChatToken_ManyFromOneAddress_Returns429()
    {
        using var factory = new ParticipatieFactory();
        var http = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            statuses.Add((await http.PostAsync("/api/chat/token", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task ChatToken_FromAllowedOrigin_GetsCorsHeaders_OtherOriginsDoNot()
    {
        using var factory = new CustomFactory("Development", new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://www.maaswaarde.example" });
        var http = factory.CreateClient();

        var allowed = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/chat/token") { Headers = { { "Origin", "https://www.maaswaarde.example" } } });
        var other = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/chat/token") { Headers = { { "Origin", "https://kwaadwillend.example" } } });

        Assert.Equal("https://www.maaswaarde.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

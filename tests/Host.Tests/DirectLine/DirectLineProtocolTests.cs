using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participatie.Host.Features.Chat.DirectLine;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.DirectLine;

public sealed class DirectLineProtocolTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public DirectLineProtocolTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task StartConversation_WithChatToken_Returns201WithTokenStreamUrlAndWelcome()
    {
        var http = factory.CreateClient();
        var token = (await (await http.PostAsync("/api/chat/token", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var client = new DirectLineClient(http);
        client.UseToken(token["token"]!.GetValue<string>());

        var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        var body = (await start.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal(token["conversationId"]!.GetValue<string>(), body["conversationId"]!.GetValue<string>());
        Assert.True(body["expires_in"]!.GetValue<int>() > 60);
        Assert.StartsWith("ws://", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);

        // The bot greets before the resident says anything.
        var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{body["conversationId"]}/activities");
        var set = (await poll.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(JsonValueKind.String, set["watermark"]!.GetValueKind());
        var welcome = Assert.Single(set["activities"]!.AsArray())!;
        Assert.Equal("bot", welcome["from"]!["role"]!.GetValue<string>());
        Assert.Contains("Welkom", welcome["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(welcome["suggestedActions"]!["actions"]!.AsArray());
    }

    [Fact]
    public async Task PostActivity_EchoesWithServerIdAndClientActivityId_BotRepliesWithReplyToId()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        await client.PollAsync();
        var clientActivityId = Guid.NewGuid().ToString("N");
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "someone-else" },
            ["text"] = "help",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        };

        var post = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(activity));
        var id = (await post.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var activities = await client.PollAsync();

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.StartsWith(client.ConversationId + "|", id, StringComparison.Ordinal);
        var echo = Assert.Single(activities, a => a["id"]!.GetValue<string>() == id);
        Assert.Equal(clientActivityId, echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.NotNull(echo["timestamp"]);
        Assert.NotEqual("someone-else", echo["from"]!["id"]!.GetValue<string>());
        Assert.Contains(activities, a => a["replyToId"]?.GetValue<string>() == id && a["from"]!["role"]!.GetValue<string>() == "bot");
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReplaysOnlyLaterActivities()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        var first = await client.PollAsync();
        var watermark = client.Watermark;
        await client.SayAsync("menu");

        var all = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        var later = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark={watermark}");
        var allSet = (await all.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        var laterSet = (await later.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();

        Assert.Equal(allSet.Count - first.Count, laterSet.Count);
        Assert.Equal(allSet.Skip(first.Count).Select(a => a!["id"]!.GetValue<string>()), laterSet.Select(a => a!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Token_ForAnotherConversation_Returns403()
    {
        var mine = await DirectLineClient.StartAsync(factory.CreateClient());
        var other = await DirectLineClient.StartAsync(factory.CreateClient());

        var response = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Token_ForgedOrDamaged_Returns403(string token)
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Token_Expired_Returns403()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        var services = factory.Services;
        var past = new DirectLineTokenService(
            services.GetRequiredService<IDataProtectionProvider>(),
            services.GetRequiredService<IOptions<DirectLineOptions>>(),
            new FixedClock(factory.HostClock.GetUtcNow().AddHours(-2)));
        var expired = past.Issue(client.ConversationId, "dl_expired");

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: expired);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Request_WithoutCredentials_Returns401()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());

        var response = await factory.CreateClient().GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Conversation_UnknownOrEnded_Returns404()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        var end = new JsonObject { ["type"] = "endOfConversation", ["from"] = new JsonObject { ["id"] = "x" } };

        var unknown = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/onbekend/activities", token: ParticipatieFactory.DirectLineSecret);
        var ended = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(end));
        var after = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task TokensGenerate_WithSecret_GrantsOneConversation_WithoutSecretIs403()
    {
        var http = factory.CreateClient();
        var client = new DirectLineClient(http);

        var generated = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token: ParticipatieFactory.DirectLineSecret);
        var refused = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token: "niet-het-geheim");
        var body = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;
        client.UseToken(body["token"]!.GetValue<string>());
        var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        var started = (await start.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal(body["conversationId"]!.GetValue<string>(), started["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokensRefresh_ValidToken_GivesNewTokenForSameConversation()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());

        var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var body = (await refresh.Content.ReadFromJsonAsync<JsonObject>())!;
        var fresh = body["token"]!.GetValue<string>();
        var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: fresh);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(client.ConversationId, body["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
    }

    [Fact]
    public async Task Reconnect_ReturnsFreshTokenAndStreamUrlWithWatermark()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=1");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("watermark=1", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual(client.Token, body["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_Image_IsStoredAndServed_OtherTypesAndOversizeRefused()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        var upload = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=x", Multipart("foto.png", "image/png", png));
        var activities = await client.PollAsync();
        var attachment = activities.SelectMany(a => a["attachments"]?.AsArray() ?? []).Single()!;
        var served = await client.Http.GetAsync(new Uri(attachment["contentUrl"]!.GetValue<string>()).PathAndQuery);
        var exe = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload", Multipart("virus.exe", "application/x-msdownload", png));
        var big = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload", Multipart("groot.png", "image/png", new byte[6 * 1024 * 1024]));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("image/png", attachment["contentType"]!.GetValue<string>());
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exe.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
    }

    [Fact]
    public async Task Activities_AreNeverRenderedAsHtml_TextFormatPlain()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        await client.PollAsync();

        await client.SayAsync("<script>alert('x')</script><b>vet</b>");
        var replies = (await client.PollAsync()).Where(a => a["from"]!["role"]!.GetValue<string>() == "bot").ToList();

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.NotEqual("xml", r["textFormat"]?.GetValue<string>()));
        Assert.All(replies.Where(r => (r["text"]?.GetValue<string>() ?? "").Contains("<script>", StringComparison.Ordinal)),
            r => Assert.Equal("plain", r["textFormat"]!.GetValue<string>()));
    }

    private static MultipartFormDataContent Multipart(string name, string contentType, byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "file", name);
        return content;
    }
}

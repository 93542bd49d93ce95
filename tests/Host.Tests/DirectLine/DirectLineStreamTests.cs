using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.DirectLine;

public sealed class DirectLineStreamTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public DirectLineStreamTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task Stream_ReplaysFromWatermarkThenPushesNewActivities()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        var socket = await ConnectAsync(client.StreamUrl);

        var replay = await ReceiveSetAsync(socket);
        var id = await client.SayAsync("help");
        var pushed = new List<JsonObject>();
        while (!pushed.Any(a => a["replyToId"]?.GetValue<string>() == id))
        {
            pushed.AddRange((await ReceiveSetAsync(socket))["activities"]!.AsArray().Select(a => a!.AsObject()));
        }

        Assert.Contains("Welkom", replay["activities"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(pushed, a => a["id"]!.GetValue<string>() == id);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Stream_WithWatermark_SkipsWhatTheClientHasSeen()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        await client.PollAsync();
        await client.SayAsync("menu");
        await client.PollAsync();
        var seen = client.Watermark;
        await client.SayAsync("help");

        var socket = await ConnectAsync(client.StreamUrl + $"&watermark={seen}");
        var set = await ReceiveSetAsync(socket);

        Assert.All(set["activities"]!.AsArray(), a => Assert.True(int.Parse(a!["id"]!.GetValue<string>().Split('|')[1], System.Globalization.CultureInfo.InvariantCulture) > seen));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Stream_WithTokenOfAnotherConversation_IsRefused()
    {
        var mine = await DirectLineClient.StartAsync(factory.CreateClient());
        var other = await DirectLineClient.StartAsync(factory.CreateClient());
        var url = mine.StreamUrl.Replace(mine.ConversationId, other.ConversationId, StringComparison.Ordinal);

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(url));
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var uri = new Uri(streamUrl);
        var ws = factory.Server.CreateWebSocketClient();
        return await ws.ConnectAsync(new Uri(factory.Server.BaseAddress, uri.PathAndQuery), CancellationToken.None);
    }

    private static async Task<JsonObject> ReceiveSetAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
            {
                if (text.Length > 0)
                {
                    return JsonNode.Parse(text.ToString())!.AsObject();
                }
            }
        }
    }
}

using System.Net;
using System.Text;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.DirectLine;

public sealed class ChatResilienceTests
{
    [Fact]
    public async Task Conversation_HostRestartsMidIntake_ContinuesWhereItWas()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));
        using var first = new CustomFactory("Development", dataDirectory: dataDirectory);
        var client = await DirectLineClient.StartAsync(first.CreateClient());
        await client.PollAsync();
        await client.AskAsync("ik wil een buurtbarbecue organiseren");
        var beforeRestart = await client.AskAsync("Barbecue op het plein");
        var (conversationId, token, watermark) = (client.ConversationId, client.Token, client.Watermark);
        first.Dispose();

        // A new process over the same data folder: same database, same token keys.
        using var second = new CustomFactory("Development", dataDirectory: dataDirectory);
        var resumed = new DirectLineClient(second.CreateClient());
        typeof(DirectLineClient).GetProperty(nameof(DirectLineClient.ConversationId))!.SetValue(resumed, conversationId);
        resumed.UseToken(token);
        typeof(DirectLineClient).GetProperty(nameof(DirectLineClient.Watermark))!.SetValue(resumed, watermark);
        var afterRestart = await resumed.AskAsync("Vogelbuurt");

        Assert.NotEmpty(beforeRestart);
        Assert.NotEmpty(afterRestart);
        // The answer to the "where" question is understood, not met with a fresh welcome.
        Assert.DoesNotContain(afterRestart, t => t.Contains("Welkom", StringComparison.Ordinal));
        Assert.Contains(afterRestart, t => t.Contains("Vogelbuurt", StringComparison.Ordinal) || t.Contains("voor wie", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HostileUtterances_ThousandOverHttp_NoServerErrorAndAlwaysAReply()
    {
        using var factory = new CustomFactory("Development", new Dictionary<string, string?>
        {
            ["DirectLine:RequestBurst"] = "100000",
            ["DirectLine:RequestsPerSecond"] = "100000",
        });
        var random = new Random(20261121);
        string[] hostile =
        [
            "<script>alert(1)</script>", "' OR 1=1 --", "{{7*7}}", "${jndi:ldap://x}", "\u0000\u0001\u0002", "🎉🔥💥🏘️",
            new string('a', 20_000), "stop", "help", "opnieuw", "menu", "\u202Egnp.exe", "../../etc/passwd", "null", "",
        ];
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        await client.PollAsync();

        for (var i = 0; i < 1000; i++)
        {
            var text = i % 3 == 0 ? hostile[random.Next(hostile.Length)] : RandomText(random);
            var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities",
                JsonContent.Create(new { type = "message", from = new { id = "x" }, text }));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"utterance {i} gave {(int)response.StatusCode}");
            var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<string>();
            var replies = (await client.PollAsync()).Where(a => a["replyToId"]?.GetValue<string>() == id).ToList();
            Assert.True(replies.Count > 0, $"no reply to utterance {i}");
            Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace(r["text"]?.GetValue<string>()) && r["suggestedActions"] is null, $"empty reply to utterance {i}"));
        }
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 300);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(10) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0x1F300, 0x1F5FF) is var c && c < char.MaxValue ? c : '?',
                2 => char.ConvertFromUtf32(random.Next(0x1F600, 0x1F64F))[0],
                _ => (char)random.Next(32, 0x2FF),
            });
        }

        return builder.ToString();
    }
}

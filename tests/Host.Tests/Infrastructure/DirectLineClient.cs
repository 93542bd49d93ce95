using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>Speaks Direct Line 3.0 to the test host the way botframework-directlinejs does.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public string ConversationId { get; private set; } = "";
    public string Token { get; private set; } = "";
    public string StreamUrl { get; private set; } = "";
    public int Watermark { get; private set; }

    public HttpClient Http => http;

    /// <summary>As the /chat page does: an anonymous token, then the conversation.</summary>
    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        var token = await http.PostAsync("/api/chat/token", null);
        token.EnsureSuccessStatusCode();
        client.Token = (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        start.EnsureSuccessStatusCode();
        var body = (await start.Content.ReadFromJsonAsync<JsonObject>())!;
        client.ConversationId = body["conversationId"]!.GetValue<string>();
        client.Token = body["token"]!.GetValue<string>();
        client.StreamUrl = body["streamUrl"]!.GetValue<string>();
        return client;
    }

    public void UseToken(string token) => Token = token;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return http.SendAsync(request);
    }

    /// <summary>Posts a message like Web Chat (with a clientActivityID) and returns the server's id.</summary>
    public async Task<string> SayAsync(string text, string? locale = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "webchat-user", ["name"] = "Bewoner" },
            ["text"] = text,
            ["locale"] = locale,
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", JsonContent.Create(activity));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Polls once from the current watermark and moves it on.</summary>
    public async Task<List<JsonObject>> PollAsync()
    {
        var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}");
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Watermark = int.Parse(set["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        return set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    /// <summary>Says something and returns the texts of the bot's replies to it.</summary>
    public async Task<List<string>> AskAsync(string text)
    {
        var id = await SayAsync(text);
        var activities = await PollAsync();
        return activities
            .Where(a => a["from"]?["role"]?.GetValue<string>() == "bot" && a["replyToId"]?.GetValue<string>() == id)
            .Select(a => a["text"]?.GetValue<string>() ?? "")
            .ToList();
    }

    public static string Describe(IEnumerable<JsonObject> activities) =>
        string.Join("\n", activities.Select(a => a.ToJsonString(new JsonSerializerOptions { WriteIndented = false })));
}

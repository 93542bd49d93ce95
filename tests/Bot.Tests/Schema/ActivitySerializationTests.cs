using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Bot.Schema;

namespace Participatie.Bot.Tests.Schema;

public sealed class ActivitySerializationTests
{
    // What Web Chat posts through botframework-directlinejs (shortened), with fields this model does not know.
    private const string WebChatMessage = """
        {
          "type": "message",
          "id": "abc|0000001",
          "timestamp": "2026-11-21T09:00:00.123Z",
          "localTimestamp": "2026-11-21T10:00:00.123+01:00",
          "localTimezone": "Europe/Amsterdam",
          "channelId": "directline",
          "from": { "id": "dl_user", "name": "", "role": "user", "futureField": 7 },
          "conversation": { "id": "abc" },
          "recipient": { "id": "participatie-bot", "role": "bot" },
          "locale": "nl-NL",
          "text": "Hallo",
          "textFormat": "plain",
          "attachments": [],
          "entities": [ { "type": "ClientCapabilities", "requiresBotState": true, "supportsListening": true } ],
          "channelData": { "clientActivityID": "1700000000000abc", "clientTimestamp": "2026-11-21T09:00:00.000Z" },
          "suggestedActions": { "actions": [ { "type": "imBack", "title": "Ja", "value": "Ja", "extra": { "a": 1 } } ] },
          "unknownTopLevel": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void Activity_WebChatJson_RoundTripKeepsEveryField()
    {
        var activity = JsonSerializer.Deserialize<Activity>(WebChatMessage, BotJson.Options)!;
        var back = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(WebChatMessage), JsonNode.Parse(back)), back);
    }

    [Fact]
    public void Activity_WebChatJson_ReadsKnownFields()
    {
        var activity = JsonSerializer.Deserialize<Activity>(WebChatMessage, BotJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("abc|0000001", activity.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, 123, TimeSpan.FromHours(1)), activity.LocalTimestamp);
        Assert.Equal("dl_user", activity.From!.Id);
        Assert.Equal("abc", activity.Conversation!.Id);
        Assert.Equal("1700000000000abc", activity.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal("ClientCapabilities", Assert.Single(activity.Entities!).Type);
        Assert.Equal(ActionTypes.ImBack, Assert.Single(activity.SuggestedActions!.Actions).Type);
        Assert.True(activity.Properties!.ContainsKey("unknownTopLevel"));
    }

    [Fact]
    public void Activity_Serialize_UsesCamelCaseAndOmitsNulls()
    {
        var reply = Activity.CreateMessage("Hoi");
        reply.ReplyToId = "x|1";
        reply.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Ja"), CardAction.PostBack("Kies", "k1")] };

        var json = JsonNode.Parse(JsonSerializer.Serialize(reply, BotJson.Options))!.AsObject();

        Assert.Equal(["replyToId", "suggestedActions", "text", "textFormat", "type"], json.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());
        var actions = json["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal("imBack", actions[0]!["type"]!.GetValue<string>());
        Assert.Equal("Ja", actions[0]!["value"]!.GetValue<string>());
        Assert.Equal("postBack", actions[1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Activity_UserTextWithHtml_IsEscapedInJson()
    {
        var activity = Activity.CreateMessage("<script>alert('x')</script>");
        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Equal("<script>alert('x')</script>", JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!.Text);
    }

    [Fact]
    public void CreateReply_FromUserMessage_AddressesTheUserFromTheBot()
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "c|7",
            From = new ChannelAccount("u1", "Bewoner", "user"),
            Recipient = new ChannelAccount("bot1", "Participatie", "bot"),
            Conversation = new ConversationAccount("c"),
            ChannelId = "directline",
            Locale = "nl-NL",
        };

        var reply = incoming.CreateReply("Dag");

        Assert.Equal("c|7", reply.ReplyToId);
        Assert.Equal("bot1", reply.From!.Id);
        Assert.Equal("bot", reply.From.Role);
        Assert.Equal("u1", reply.Recipient!.Id);
        Assert.Equal("c", reply.Conversation!.Id);
        Assert.Equal("directline", reply.ChannelId);
        Assert.Equal(TextFormatTypes.Plain, reply.TextFormat);
    }

    [Fact]
    public void ConversationReference_FromActivity_SurvivesJson()
    {
        var incoming = new Activity { Id = "c|1", From = new ChannelAccount("u1"), Recipient = new ChannelAccount("b1"), Conversation = new ConversationAccount("c"), ChannelId = "directline", Locale = "en-US" };
        var reference = incoming.GetConversationReference();
        var back = JsonSerializer.Deserialize<ConversationReference>(JsonSerializer.Serialize(reference, BotJson.Options), BotJson.Options)!;

        Assert.Equal("c", back.Conversation!.Id);
        Assert.Equal("u1", back.User!.Id);
        Assert.Equal("b1", back.Bot!.Id);
        Assert.Equal("en-US", back.Locale);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participatie.Bot.Schema;

/// <summary>
/// One Bot Framework activity as it travels over Direct Line: camelCase JSON, nulls left out,
/// and every field this class does not model kept in <see cref="Properties"/> so a round trip loses nothing.
/// </summary>
public sealed class Activity
{
    /// <summary>One of <see cref="ActivityTypes"/>.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; set; }

    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    [JsonPropertyName("timestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonPropertyName("localTimestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? LocalTimestamp { get; set; }

    [JsonPropertyName("localTimezone")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LocalTimezone { get; set; }

    [JsonPropertyName("serviceUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ServiceUrl { get; set; }

    [JsonPropertyName("channelId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChannelId { get; set; }

    [JsonPropertyName("from")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChannelAccount? From { get; set; }

    [JsonPropertyName("conversation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConversationAccount? Conversation { get; set; }

    [JsonPropertyName("recipient")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChannelAccount? Recipient { get; set; }

    /// <summary>One of <see cref="TextFormatTypes"/>.</summary>
    [JsonPropertyName("textFormat")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TextFormat { get; set; }

    /// <summary>"list" or "carousel".</summary>
    [JsonPropertyName("attachmentLayout")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AttachmentLayout { get; set; }

    [JsonPropertyName("membersAdded")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ChannelAccount>? MembersAdded { get; set; }

    [JsonPropertyName("membersRemoved")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonPropertyName("topicName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TopicName { get; set; }

    [JsonPropertyName("historyDisclosed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HistoryDisclosed { get; set; }

    [JsonPropertyName("locale")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Locale { get; set; }

    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; set; }

    [JsonPropertyName("speak")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Speak { get; set; }

    /// <summary>One of <see cref="InputHints"/>.</summary>
    [JsonPropertyName("inputHint")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InputHint { get; set; }

    [JsonPropertyName("summary")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Summary { get; set; }

    [JsonPropertyName("suggestedActions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SuggestedActions? SuggestedActions { get; set; }

    [JsonPropertyName("attachments")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<Attachment>? Attachments { get; set; }

    [JsonPropertyName("entities")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<Entity>? Entities { get; set; }

    [JsonPropertyName("channelData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? ChannelData { get; set; }

    /// <summary>For conversationUpdate: "add" or "remove".</summary>
    [JsonPropertyName("action")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Action { get; set; }

    [JsonPropertyName("replyToId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplyToId { get; set; }

    [JsonPropertyName("label")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; set; }

    [JsonPropertyName("valueType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ValueType { get; set; }

    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Value { get; set; }

    /// <summary>For event and invoke activities: the event's name, e.g. "webchat/join".</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonPropertyName("relatesTo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConversationReference? RelatesTo { get; set; }

    /// <summary>For endOfConversation: why it ended, e.g. "completedSuccessfully".</summary>
    [JsonPropertyName("code")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Code { get; set; }

    [JsonPropertyName("expiration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? Expiration { get; set; }

    [JsonPropertyName("importance")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Importance { get; set; }

    [JsonPropertyName("deliveryMode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DeliveryMode { get; set; }

    [JsonPropertyName("listenFor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? ListenFor { get; set; }

    /// <summary>Fields this model does not know; written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A plain-text message activity.</summary>
    public static Activity CreateMessage(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormatTypes.Plain,
    };

    /// <summary>
    /// A reply to this activity: same conversation and channel, from the recipient (the bot) to the sender,
    /// with <see cref="ReplyToId"/> set to this activity's id.
    /// </summary>
    public Activity CreateReply(string? text = null)
    {
        var reply = CreateMessage(text);
        reply.ReplyToId = Id;
        reply.From = Recipient is null ? null : new ChannelAccount(Recipient.Id ?? string.Empty, Recipient.Name, "bot");
        reply.Recipient = From is null ? null : new ChannelAccount(From.Id ?? string.Empty, From.Name, "user");
        reply.Conversation = Conversation is null ? null : new ConversationAccount(Conversation.Id ?? string.Empty, Conversation.Name);
        reply.ChannelId = ChannelId;
        reply.ServiceUrl = ServiceUrl;
        reply.Locale = Locale;
        return reply;
    }

    /// <summary>The reference to store for sending proactive messages into this conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From is null ? null : new ChannelAccount(From.Id ?? string.Empty, From.Name, From.Role),
        Bot = Recipient is null ? null : new ChannelAccount(Recipient.Id ?? string.Empty, Recipient.Name, Recipient.Role),
        Conversation = Conversation is null ? null : new ConversationAccount(Conversation.Id ?? string.Empty, Conversation.Name),
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>The value of a string-valued <see cref="Value"/> (e.g. from a postBack), otherwise null.</summary>
    public string? GetValueAsString() =>
        Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}

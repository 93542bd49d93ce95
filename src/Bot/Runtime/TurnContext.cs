using Participatie.Bot.Schema;

namespace Participatie.Bot.Runtime;

/// <summary>
/// One turn: the incoming activity, the cleaned text, the locale, the clock, per-turn values,
/// and the replies collected so far (delivered together when the turn ends).
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _replies = [];
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public TurnContext(Activity activity, BotOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
        Options = options;
        Clock = clock;
        var raw = string.IsNullOrWhiteSpace(activity.Text) ? activity.GetValueAsString() : activity.Text;
        Text = InputText.Clean(raw, options.MaxInputLength, out var truncated);
        InputWasTruncated = truncated;
        Locale = BotLocale.Resolve(activity.Locale) ?? options.DefaultLocale;
    }

    public Activity Activity { get; }

    public BotOptions Options { get; }

    public TimeProvider Clock { get; }

    /// <summary>
    /// The user's text (or, for a postBack without text, its string value) without control characters,
    /// trimmed and cut to <see cref="BotOptions.MaxInputLength"/>.
    /// </summary>
    public string Text { get; }

    /// <summary>True when the user's text was longer than <see cref="BotOptions.MaxInputLength"/>.</summary>
    public bool InputWasTruncated { get; }

    /// <summary>"nl-NL" or "en-US"; the bot may set it from stored conversation state.</summary>
    public string Locale { get; set; }

    /// <summary>True for English conversations.</summary>
    public bool IsEnglish => BotLocale.IsEnglish(Locale);

    /// <summary>Today's date in the bot's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Options.TimeZone).DateTime);

    public IReadOnlyList<Activity> Replies => _replies;

    public bool Responded => _replies.Count > 0;

    /// <summary>True when the incoming activity is a message.</summary>
    public bool IsMessage => string.Equals(Activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when a dialog marked this turn confidential (<see cref="MarkConfidential"/>): its replies go out with
    /// <c>channelData.confidential</c>, see <see cref="Vertrouwelijkheid"/>.
    /// </summary>
    public bool IsConfidential { get; private set; }

    /// <summary>
    /// Marks the whole turn — the resident's message and every reply, also an apology after an error — as confidential.
    /// Cannot be undone within the turn.
    /// </summary>
    public void MarkConfidential() => IsConfidential = true;

    public void Set<T>(string key, T value)
        where T : notnull => _values[key] = value;

    public T? Get<T>(string key)
        where T : class => _values.TryGetValue(key, out var value) ? value as T : null;

    /// <summary>Queues a plain-text reply.</summary>
    public Task SendAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(Activity.CreateMessage(text), cancellationToken);

    /// <summary>
    /// Queues a reply. Missing addressing fields are filled in: conversation, channel, from = bot,
    /// recipient = user, replyToId = incoming id, locale and timestamp.
    /// </summary>
    public Task SendAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        cancellationToken.ThrowIfCancellationRequested();
        reply.Type ??= ActivityTypes.Message;
        reply.Conversation ??= Activity.Conversation is null ? null : new ConversationAccount(Activity.Conversation.Id ?? string.Empty, Activity.Conversation.Name);
        reply.ChannelId ??= Activity.ChannelId;
        reply.ServiceUrl ??= Activity.ServiceUrl;
        reply.From ??= Activity.Recipient is { Id.Length: > 0 } bot
            ? new ChannelAccount(bot.Id, bot.Name, "bot")
            : new ChannelAccount(Options.BotAccount.Id ?? "bot", Options.BotAccount.Name, "bot");
        reply.Recipient ??= Activity.From is null ? null : new ChannelAccount(Activity.From.Id ?? string.Empty, Activity.From.Name, "user");
        reply.ReplyToId ??= Activity.Id;
        reply.Locale ??= Locale;
        reply.Timestamp ??= Clock.GetUtcNow();
        if (reply.Type == ActivityTypes.Message)
        {
            reply.TextFormat ??= TextFormatTypes.Plain;
            reply.InputHint ??= reply.SuggestedActions is null ? InputHints.AcceptingInput : InputHints.ExpectingInput;
        }

        _replies.Add(reply);
        return Task.CompletedTask;
    }

    internal void ClearReplies() => _replies.Clear();
}

using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;

namespace Participatie.Bot.Flows;

/// <summary>
/// Shapes proactive messages (news from the routing workflow) for a conversation. The Host calls
/// <see cref="Create"/> and appends the activity to the conversation's Direct Line history, so the resident
/// sees it on the next poll or stream, also when they come back later.
/// </summary>
public sealed class ProactiveMessageFactory(BotTexts texts, TimeProvider clock, BotOptions? options = null)
{
    private readonly BotOptions _options = options ?? new BotOptions();

    /// <summary>A plain-text message from the bot to the user of <paramref name="reference"/> about <paramref name="melding"/>, with a "status" button.</summary>
    public Activity Create(ConversationReference reference, InitiatiefMelding melding)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(melding);
        var locale = BotLocale.Resolve(reference.Locale) ?? _options.DefaultLocale;
        var text = texts.Format(locale, TextKeys.ProactiveUpdate, melding.Referentie, InputText.Quote(melding.Titel, 80), InputText.Quote(melding.Bericht, 1000));
        if (!string.IsNullOrWhiteSpace(melding.HuidigeStap))
        {
            text += Environment.NewLine + texts.Format(locale, TextKeys.StatusStep, melding.HuidigeStap);
        }

        var bot = reference.Bot is { Id.Length: > 0 } b ? b : _options.BotAccount;
        var activity = Activity.CreateMessage(text);
        activity.From = new ChannelAccount(bot.Id ?? "bot", bot.Name, "bot");
        activity.Recipient = reference.User is null ? null : new ChannelAccount(reference.User.Id ?? string.Empty, reference.User.Name, "user");
        activity.Conversation = reference.Conversation is null ? null : new ConversationAccount(reference.Conversation.Id ?? string.Empty, reference.Conversation.Name);
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Locale = locale;
        activity.Timestamp = clock.GetUtcNow();
        activity.InputHint = InputHints.AcceptingInput;
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [CardAction.ImBack(texts.Get(locale, TextKeys.MenuStatus)), CardAction.ImBack(texts.Get(locale, TextKeys.MenuMenu))],
        };
        return activity;
    }
}

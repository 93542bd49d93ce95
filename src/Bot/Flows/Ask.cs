using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;

namespace Participatie.Bot.Flows;

/// <summary>Builds localised prompt options from catalogue keys.</summary>
internal static class Ask
{
    public static PromptOptions Text(BotTexts texts, TurnContext turn, string promptKey, string retryKey, params object?[] args) => new()
    {
        Prompt = Message(texts.Format(turn.Locale, promptKey, args)),
        RetryPrompt = Message(texts.Format(turn.Locale, retryKey, args)),
    };

    public static PromptOptions Choices(BotTexts texts, TurnContext turn, string promptKey, string retryKey, List<Choice> choices, params object?[] args) => new()
    {
        Prompt = Message(texts.Format(turn.Locale, promptKey, args)),
        RetryPrompt = Message(texts.Format(turn.Locale, retryKey, args)),
        Choices = choices,
    };

    public static PromptOptions WithSuggestions(this PromptOptions options, params string[] suggestions)
    {
        options.ExtraSuggestions = [.. suggestions];
        return options;
    }

    public static Activity Message(string text) => Activity.CreateMessage(text);
}

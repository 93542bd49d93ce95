using Participatie.Bot.Recognizers;
using Participatie.Bot.Schema;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>What a prompt asks, what it says when the answer is not understood, and (for choice prompts) the choices.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>Extra buttons shown with the prompt that are not choices (e.g. "weet ik niet").</summary>
    public List<string>? ExtraSuggestions { get; set; }
}

using Participatie.Bot.Runtime;

namespace Participatie.Bot.Dialogs.Prompts;

/// <summary>What a prompt validator sees. A validator may send its own explanation; the retry prompt follows it.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(TurnContext turn, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        Turn = turn;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    public TurnContext Turn { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>1 for the first answer to this prompt, 2 for the second, …</summary>
    public int AttemptCount { get; }
}

using Participatie.Bot.Dialogs;

namespace Participatie.Bot.Flows;

/// <summary>What the bot remembers per conversation (JSON in <see cref="State.IBotStorage"/>).</summary>
public sealed class ConversationData
{
    public int Versie { get; set; } = 1;

    public string? Locale { get; set; }

    public bool Welkom { get; set; }

    public DialogState Dialogen { get; set; } = new();

    /// <summary>Reference numbers of initiatives started in this conversation.</summary>
    public List<string> Referenties { get; set; } = [];

    /// <summary>Facts from the support check, for the intake that may follow (<see cref="GedeeldeFeiten"/>).</summary>
    public GedeeldeFeiten? Feiten { get; set; }
}

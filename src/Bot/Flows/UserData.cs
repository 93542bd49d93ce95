namespace Participatie.Bot.Flows;

/// <summary>What the bot remembers per user id (JSON in <see cref="State.IBotStorage"/>): only their reference numbers.</summary>
public sealed class UserData
{
    public List<string> Referenties { get; set; } = [];
}

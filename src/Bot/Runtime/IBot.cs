namespace Participatie.Bot.Runtime;

/// <summary>The bot's logic: handles one turn (one incoming activity).</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}

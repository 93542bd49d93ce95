namespace Participatie.Bot.Runtime;

/// <summary>
/// A step in the turn pipeline. Call <paramref name="next"/> to run the rest of the pipeline and the bot;
/// skip it to short-circuit the turn.
/// </summary>
public interface IMiddleware
{
    Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}

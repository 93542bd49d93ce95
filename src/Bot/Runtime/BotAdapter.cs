using Participatie.Bot.Localization;
using Participatie.Bot.Schema;

namespace Participatie.Bot.Runtime;

/// <summary>
/// The entry point the Host calls for every incoming activity: runs the middleware pipeline and the bot,
/// then hands the turn's replies to the channel in one batch. Stateless and safe to share between
/// conversations; the Host must not run two turns of the same conversation at the same time.
/// </summary>
public sealed class BotAdapter
{
    private readonly IBot _bot;
    private readonly IReadOnlyList<IMiddleware> _middleware;
    private readonly TimeProvider _clock;
    private readonly BotTexts _texts;

    public BotAdapter(IBot bot, TimeProvider clock, BotOptions? options = null, IEnumerable<IMiddleware>? middleware = null, BotTexts? texts = null)
    {
        _bot = bot ?? throw new ArgumentNullException(nameof(bot));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Options = options ?? new BotOptions();
        _middleware = middleware?.ToArray() ?? [];
        _texts = texts ?? BotTexts.Default;
    }

    public BotOptions Options { get; }

    /// <summary>
    /// Called when the bot or a middleware throws. The replies of the failed turn are discarded and
    /// replaced by one polite apology; the exception is passed here for logging. Never rethrown.
    /// </summary>
    public Action<Exception, Activity>? OnTurnError { get; init; }

    /// <summary>
    /// Processes one activity that arrived from the user. <paramref name="sendReplies"/> receives the bot's
    /// replies (addressed, with <c>replyToId</c> = incoming id and <c>from</c> = the bot) once, after the bot
    /// saved its state; it is not called when there is nothing to send. The replies of a turn marked confidential
    /// (<see cref="TurnContext.MarkConfidential"/>) carry <c>channelData.confidential</c>.
    /// </summary>
    public Task ProcessActivityAsync(Activity incoming, Func<IReadOnlyList<Activity>, CancellationToken, Task> sendReplies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(sendReplies);
        if (string.IsNullOrEmpty(incoming.Conversation?.Id))
        {
            throw new ArgumentException("The activity has no conversation id.", nameof(incoming));
        }

        incoming.Type ??= ActivityTypes.Message;
        var turn = new TurnContext(incoming, Options, _clock);
        return RunAsync(turn, ct => _bot.OnTurnAsync(turn, ct), sendReplies, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> in a turn for an existing conversation without a user message
    /// (proactive). The turn's activity is an <c>event</c> named <paramref name="eventName"/> addressed from
    /// the user to the bot, so the bot can load the conversation's state; replies go to <paramref name="sendReplies"/>.
    /// </summary>
    public Task ContinueConversationAsync(
        ConversationReference reference,
        string eventName,
        Func<TurnContext, CancellationToken, Task> callback,
        Func<IReadOnlyList<Activity>, CancellationToken, Task> sendReplies,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        if (string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            throw new ArgumentException("The reference has no conversation id.", nameof(reference));
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = eventName,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot ?? Options.BotAccount,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Locale = reference.Locale,
            Timestamp = _clock.GetUtcNow(),
        };
        var turn = new TurnContext(activity, Options, _clock);
        return RunAsync(turn, ct => callback(turn, ct), sendReplies, cancellationToken);
    }

    private async Task RunAsync(TurnContext turn, Func<CancellationToken, Task> handler, Func<IReadOnlyList<Activity>, CancellationToken, Task> sendReplies, CancellationToken cancellationToken)
    {
        try
        {
            await RunPipelineAsync(turn, 0, handler, cancellationToken).ConfigureAwait(false);
        }
        catch (Diensten.BewonerGeweigerdException geweigerd)
        {
            // Not a fault: a refusal with its own message for the resident.
            turn.ClearReplies();
            await turn.SendAsync(geweigerd.Tekst(turn.Locale), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            OnTurnError?.Invoke(exception, turn.Activity);
            turn.ClearReplies();
            await turn.SendAsync(_texts.Get(turn.Locale, TextKeys.ErrorGeneral), cancellationToken).ConfigureAwait(false);
        }

        if (turn.IsConfidential)
        {
            foreach (var reply in turn.Replies)
            {
                Vertrouwelijkheid.Mark(reply);
            }
        }

        if (turn.Replies.Count > 0)
        {
            await sendReplies(turn.Replies.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task RunPipelineAsync(TurnContext turn, int index, Func<CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return handler(cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turn, ct => RunPipelineAsync(turn, index + 1, handler, ct), cancellationToken);
    }
}

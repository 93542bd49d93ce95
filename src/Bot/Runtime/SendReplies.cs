using Participatie.Bot.Schema;

namespace Participatie.Bot.Runtime;

/// <summary>
/// Delivers the bot's replies of one turn to the channel (the Host appends them to the Direct Line conversation).
/// Called at most once per turn, after the bot has saved its state.
/// </summary>
public delegate Task SendReplies(IReadOnlyList<Activity> replies, CancellationToken cancellationToken);

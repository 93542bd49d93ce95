namespace Participatie.Bot.Schema;

/// <summary>The values of <see cref="Activity.Type"/> this runtime knows about.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string InstallationUpdate = "installationUpdate";
    public const string Trace = "trace";
}

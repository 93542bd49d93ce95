namespace Participatie.Bot.Recognizers;

/// <summary>Commands that work at any point in the conversation.</summary>
public enum Interruption
{
    None,
    Stop,
    Help,
    Restart,
    Menu,
}

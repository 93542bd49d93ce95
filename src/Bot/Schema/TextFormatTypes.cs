namespace Participatie.Bot.Schema;

/// <summary>The values of <see cref="Activity.TextFormat"/>.</summary>
public static class TextFormatTypes
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}

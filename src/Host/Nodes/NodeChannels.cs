namespace Participatie.Host.Nodes;

/// <summary>The channels nodes signal each other on (PostgreSQL NOTIFY channel names).</summary>
public static class NodeChannels
{
    /// <summary>A conversation has new activities; payload <c>conversationId:watermark</c>.</summary>
    public const string Gesprekken = "participatie_gesprek";

    /// <summary>A rule set version was published or put back; payload the rule set's name.</summary>
    public const string Regelsets = "participatie_regelset";

    /// <summary>A workflow definition was saved, published or deleted; payload its definition id.</summary>
    public const string Werkstromen = "participatie_werkstroom";

    public static readonly IReadOnlyList<string> All = [Gesprekken, Regelsets, Werkstromen];
}

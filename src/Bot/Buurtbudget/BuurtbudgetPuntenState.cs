namespace Participatie.Bot.Buurtbudget;

/// <summary>State of the points ballot in the chat: the code (only for the dialog's length) and the points so far.</summary>
public sealed class BuurtbudgetPuntenState
{
    public string? Code { get; set; }

    public int? RondeId { get; set; }

    public int? Geboortejaar { get; set; }

    /// <summary>Project code → points (only projects with at least one point).</summary>
    public Dictionary<string, int> Punten { get; set; } = [];

    /// <summary>The ballot has been shown once; later turns show only the running total.</summary>
    public bool Getoond { get; set; }
}

namespace Participatie.Bot.Buurtbudget;

/// <summary>State of the proposal dialog: the round and the answers so far.</summary>
public sealed class BuurtbudgetVoorstelState
{
    public int? RondeId { get; set; }

    public string? RondeNaam { get; set; }

    public List<int> RondeIds { get; set; } = [];

    public string? Titel { get; set; }

    public string? Omschrijving { get; set; }

    public decimal? Kosten { get; set; }

    public string? Plek { get; set; }

    public string? Contact { get; set; }
}

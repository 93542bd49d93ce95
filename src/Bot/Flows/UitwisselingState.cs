namespace Participatie.Bot.Flows;

/// <summary>The exchange dialog's state: the resident's initiative and the one they chose.</summary>
public sealed class UitwisselingState
{
    public string? Referentie { get; set; }

    public string? Gekozen { get; set; }

    public string? GekozenTitel { get; set; }
}

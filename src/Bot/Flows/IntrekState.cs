namespace Participatie.Bot.Flows;

/// <summary>State of the withdraw dialog: which initiative, and its title for the confirmation.</summary>
public sealed class IntrekState
{
    public string? Referentie { get; set; }

    public string? Titel { get; set; }
}

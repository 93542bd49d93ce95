namespace Participatie.Bot.Flows;

/// <summary>Which initiatives to show: reference numbers known in this conversation and/or typed by the resident.</summary>
public sealed class StatusState
{
    public List<string> Referenties { get; set; } = [];

    public bool Gevraagd { get; set; }
}

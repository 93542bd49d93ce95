namespace Participatie.Bot.Buurtbudget;

/// <summary>State of the voting dialog. The code is kept only for the length of the dialog, never in the user's state.</summary>
public sealed class BuurtbudgetStemState
{
    public string? Code { get; set; }

    public int? RondeId { get; set; }

    /// <summary>Self-declared, only in rounds with a minimum age; sent with the ballot, not stored.</summary>
    public int? Geboortejaar { get; set; }

    public List<string> Keuze { get; set; } = [];

    public decimal Totaal { get; set; }
}

using Participatie.Bot.Diensten;

namespace Participatie.Bot.Flows;

/// <summary>
/// State of the burgerberaad registration in the chat. The code stays only in the dialog's state, which is gone when
/// the dialog ends; it is never repeated back.
/// </summary>
public sealed class BurgerberaadState
{
    /// <summary>The message that started the dialog, read once for a code ("ik heb een brief met code ABCD-…").</summary>
    public string? EersteBericht { get; set; }

    public string? Code { get; set; }

    /// <summary>Codes that opened no registration; after <see cref="BurgerberaadDialog.MaxMissers"/> the dialog offers the way out and ends.</summary>
    public int Missers { get; set; }

    public BurgerberaadVragen? Beraad { get; set; }

    /// <summary>Which question (feature) is being asked.</summary>
    public int Vraag { get; set; }

    public Dictionary<string, string> Antwoorden { get; set; } = new(StringComparer.Ordinal);

    public string? Beschikbaarheid { get; set; }

    public string? Naam { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }
}

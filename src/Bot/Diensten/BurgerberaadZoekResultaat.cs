namespace Participatie.Bot.Diensten;

/// <summary>Whether a code opens a registration: <see cref="Beraad"/> is set only when <see cref="Uitkomst"/> is <see cref="BurgerberaadCodeUitkomst.Open"/>.</summary>
public sealed record BurgerberaadZoekResultaat(BurgerberaadCodeUitkomst Uitkomst, BurgerberaadVragen? Beraad = null);

public enum BurgerberaadCodeUitkomst
{
    /// <summary>No beraad has a letter with this code.</summary>
    Onbekend,

    /// <summary>Registration is open: ask the questions.</summary>
    Open,

    /// <summary>The code is valid but registration has not opened yet (no questions set).</summary>
    NogNietOpen,

    /// <summary>The code is valid but the deadline has passed or the draw has started.</summary>
    Gesloten,
}

/// <summary>A beraad as the registration shows it: theme, area, deadline and the questions (features with their values, in the page's order).</summary>
public sealed record BurgerberaadVragen(int Id, string Thema, string Gebied, DateTime AanmeldenTot, IReadOnlyList<BurgerberaadKenmerk> Kenmerken);

/// <summary>One question: a feature of the quotas and the values a resident chooses from.</summary>
public sealed record BurgerberaadKenmerk(string Naam, IReadOnlyList<string> Waarden);

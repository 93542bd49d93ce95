namespace Participatie.Bot.Diensten;

/// <summary>
/// How a registration went. <see cref="Pseudoniem"/> is set when stored (new or updated); otherwise
/// <see cref="Meldingen"/> holds the service's Dutch texts (a refusal, or what to correct).
/// </summary>
public sealed record BurgerberaadAanmeldResultaat(BurgerberaadAanmeldUitkomst Uitkomst, string? Pseudoniem, IReadOnlyList<string> Meldingen)
{
    public static BurgerberaadAanmeldResultaat Opgeslagen(bool nieuw, string pseudoniem) =>
        new(nieuw ? BurgerberaadAanmeldUitkomst.Aangemeld : BurgerberaadAanmeldUitkomst.Bijgewerkt, pseudoniem, []);

    public static BurgerberaadAanmeldResultaat Niet(params string[] meldingen) =>
        new(BurgerberaadAanmeldUitkomst.Geweigerd, null, meldingen);
}

public enum BurgerberaadAanmeldUitkomst
{
    Aangemeld,
    Bijgewerkt,
    Geweigerd,
}

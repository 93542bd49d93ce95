namespace Participatie.Bot.Flows;

/// <summary>
/// What the resident told the bot in this conversation outside the intake (the support check, its opening question),
/// kept so that registering the initiative afterwards asks none of it again. Cleared once an initiative is registered.
/// </summary>
public sealed class GedeeldeFeiten
{
    public string? Titel { get; set; }

    public string? Postcode { get; set; }

    public string? BuurtCode { get; set; }

    public string? BuurtNaam { get; set; }

    public int? AantalBuurtgenoten { get; set; }

    public decimal? Bedrag { get; set; }

    public DateOnly? Startdatum { get; set; }

    public List<string>? Hulp { get; set; }

    public string? MetWie { get; set; }

    /// <summary>The intake's answers prefilled from these facts.</summary>
    public IntakeState NaarIntake(string? idee) => new()
    {
        Idee = idee,
        Titel = Titel,
        Postcode = BuurtCode is null ? null : Postcode,
        BuurtCode = BuurtCode,
        BuurtNaam = BuurtNaam,
        AantalBuurtgenoten = AantalBuurtgenoten,
        Begroting = Bedrag,
        BegrotingGevraagd = Bedrag is not null,
        Startdatum = Startdatum,
        Hulp = Hulp,
        HulpAangevuld = Hulp is { Count: > 0 },
        MetWie = MetWie,
    };
}

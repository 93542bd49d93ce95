namespace Participatie.Bot.Diensten;

/// <summary>Loose answers for the support rules; null = not asked (not needed) or not known.</summary>
public sealed record OndersteuningsGegevens(
    string? Postcode = null,
    string? BuurtCode = null,
    bool? VoorOfMetBuurtgenoten = null,
    int? AantalBuurtgenoten = null,
    bool? CommercieelPolitiekOfReligieus = null,
    decimal? GevraagdBedrag = null,
    bool? EigenBijdrage = null,
    DateOnly? Startdatum = null);

namespace Participatie.Bot.Diensten;

/// <summary>An initiative as the resident sees it: reference, title, current step (in the requested language) and when it last changed.</summary>
public sealed record InitiatiefOverzicht(string Referentie, string Titel, string HuidigeStap, DateTimeOffset? LaatstGewijzigd = null);

namespace Participatie.Bot.Diensten;

/// <summary>A support question: either for an existing initiative (<see cref="Referentie"/>) or for loose answers (<see cref="Gegevens"/>). <see cref="Taal"/> is "nl" or "en".</summary>
public sealed record OndersteuningsVraag(string? Referentie, OndersteuningsGegevens? Gegevens, string Taal, DateOnly Vandaag);

namespace Participatie.Bot.Diensten;

/// <summary>A resident asks to withdraw the initiative with this reference; only initiatives started in this conversation qualify.</summary>
public sealed record IntrekVerzoek(string Referentie, string? GebruikerId, string? GesprekId);

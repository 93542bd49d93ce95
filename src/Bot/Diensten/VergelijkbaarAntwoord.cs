namespace Participatie.Bot.Diensten;

/// <summary>The initiative asked about (null when this conversation started none) and the similar ones.</summary>
public sealed record VergelijkbaarAntwoord(string? Referentie, string? Titel, IReadOnlyList<VergelijkbaarInitiatief> Vergelijkbaar);

namespace Participatie.Bot.Diensten;

/// <summary>A buurt that matches what the resident typed: CBS code (BU + 8 digits), name, and for telling them apart the wijk and gemeente.</summary>
public sealed record BuurtKandidaat(string Code, string Naam, string? Wijk = null, string? Gemeente = null);

namespace Participatie.Bot.Diensten;

/// <summary>The created initiative: its reference number (e.g. "INI-2026-0042") and, if known, its first step.</summary>
public sealed record InitiatiefAangemaakt(string Referentie, string? HuidigeStap = null);

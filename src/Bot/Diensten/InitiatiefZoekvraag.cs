namespace Participatie.Bot.Diensten;

/// <summary>Which initiatives to list: these reference numbers, and/or those started by this user id or in this conversation.</summary>
public sealed record InitiatiefZoekvraag(IReadOnlyList<string> Referenties, string? GebruikerId, string? GesprekId, string Taal);

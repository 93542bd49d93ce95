namespace Participatie.Bot.Diensten;

/// <summary>The support evaluation; <see cref="Gevonden"/> is false when a given reference number does not exist.</summary>
public sealed record OndersteuningsAdvies(bool Gevonden, IReadOnlyList<OndersteuningsUitkomst> Uitkomsten);

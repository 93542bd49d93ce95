namespace Participatie.Bot.Diensten;

/// <summary>One support type (e.g. "Bijdrage uit het initiatievenfonds"): eligible or not, and why, in the requested language.</summary>
public sealed record OndersteuningsUitkomst(string Code, string Naam, bool KomtInAanmerking, IReadOnlyList<string> Redenen);

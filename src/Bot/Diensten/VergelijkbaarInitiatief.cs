namespace Participatie.Bot.Diensten;

/// <summary>A similar initiative with why: the shared theme, the shared key words and the score.</summary>
public sealed record VergelijkbaarInitiatief(string Referentie, string Titel, string Wijk, string Thema, bool ZelfdeThema, IReadOnlyList<string> GedeeldeWoorden, double Score);

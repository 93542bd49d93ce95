namespace Participatie.Bot.Diensten;

public sealed record UitdaagrechtOverzicht(string Referentie, string Taak, string HuidigeStap, DateTime LaatstGewijzigd, IReadOnlyList<string> Redenen, DateTime? BesluitUiterlijk);

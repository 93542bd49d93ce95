namespace Participatie.Bot.Diensten;

public sealed record UitdaagrechtIngediend(string Referentie);

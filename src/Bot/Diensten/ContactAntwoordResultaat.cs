namespace Participatie.Bot.Diensten;

public enum ContactAntwoordResultaat
{
    Gedeeld,
    Geweigerd,
    AlBeantwoord,
    NietGevonden,
}

namespace Participatie.Bot.Diensten;

public enum ContactAanvraagResultaat
{
    Gevraagd,
    AlGevraagd,
    NietMogelijk,
    NietGevonden,
}

using System.Text.Json.Serialization;

namespace Participatie.Bot.Flows;

/// <summary>The answers of the intake the resident can change from the summary.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IntakeVeld>))]
public enum IntakeVeld
{
    Idee,
    Titel,
    Plaats,
    VoorWie,
    MetWie,
    Aantal,
    Hulp,
    ZelfUitvoeren,
    Begroting,
    EigenBijdrage,
    Startdatum,
    Naam,
    Contact,
}

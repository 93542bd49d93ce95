using System.Text.Json.Serialization;

namespace Participatie.Bot.Flows;

/// <summary>
/// The intake question the resident is answering now. The intake reads what else a message says (slots) and needs
/// to know which answer is pending: a postcode sent to "how many neighbours" is a place, not 5,341 people.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<IntakeVraag>))]
public enum IntakeVraag
{
    Idee,
    Titel,
    Plaats,
    BuurtKeuze,
    VoorWie,
    MetWie,
    Aantal,
    Hulp,
    HulpAanvullen,
    ZelfUitvoeren,
    Begroting,
    EigenBijdrage,
    EigenBijdrageBedrag,
    Startdatum,
    Naam,
    Contact,
    Bevestigen,
    Wijzigen,
}

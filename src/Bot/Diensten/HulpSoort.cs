using System.Text.Json.Serialization;

namespace Participatie.Bot.Diensten;

/// <summary>The kinds of help a resident can ask for in the intake.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HulpSoort>))]
public enum HulpSoort
{
    Geld,
    Ruimte,
    Materialen,
    Advies,
    Vergunningen,
    Contactpersoon,
}

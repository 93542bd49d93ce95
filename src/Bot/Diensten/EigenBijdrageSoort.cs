using System.Text.Json.Serialization;

namespace Participatie.Bot.Diensten;

/// <summary>What residents contribute themselves.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EigenBijdrageSoort>))]
public enum EigenBijdrageSoort
{
    Geld,
    Tijd,
    Materialen,
}

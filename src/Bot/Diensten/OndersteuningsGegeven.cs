using System.Text.Json.Serialization;

namespace Participatie.Bot.Diensten;

/// <summary>An answer the support rules may need; the bot asks only the ones the Host lists.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OndersteuningsGegeven>))]
public enum OndersteuningsGegeven
{
    /// <summary>Where the resident lives / the initiative takes place (lives in the municipality?).</summary>
    Postcode,

    /// <summary>Is it done with or for other residents (beyond one's own house and garden)?</summary>
    VoorOfMetBuurtgenoten,

    /// <summary>How many neighbours take part (signatures above some amount).</summary>
    AantalBuurtgenoten,

    /// <summary>Is it commercial, political or religious?</summary>
    CommercieelPolitiekOfReligieus,

    /// <summary>The amount asked for.</summary>
    GevraagdBedrag,

    /// <summary>Do the residents contribute money, time or materials themselves?</summary>
    EigenBijdrage,

    /// <summary>When it starts (application before the start date).</summary>
    Startdatum,
}

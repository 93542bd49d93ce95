using System.Text.Json.Serialization;

namespace Participatie.Bot.Slots;

/// <summary>The kinds of fact the slot extractor finds in what a resident writes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SlotSoort>))]
public enum SlotSoort
{
    /// <summary>What the initiative is, as a short title ("Straatfeest").</summary>
    Titel,

    /// <summary>A buurt or street name as typed ("Bloemenbuurt"); the Host resolves it to a buurt.</summary>
    Plaats,

    /// <summary>A Dutch postcode, normalised ("5341 AB").</summary>
    Postcode,

    /// <summary>The start date, ISO ("2027-05-01"), relative to the turn's clock.</summary>
    Startdatum,

    /// <summary>The estimated cost in euros, invariant ("1500").</summary>
    Bedrag,

    /// <summary>How many residents take part ("15").</summary>
    Aantal,

    /// <summary>A kind of help, as its catalogue code ("geld").</summary>
    Hulp,

    /// <summary>What it is about (Ontmoeting, Groen, Spelen, Veiligheid, Cultuur, Sport, Zorg, Duurzaamheid).</summary>
    Thema,

    /// <summary>With whom the resident organises it, as written ("met de buren").</summary>
    MetWie,

    /// <summary>An e-mail address or Dutch phone number.</summary>
    Contact,
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Participatie.Host.Features.Chat;

namespace Participatie.Host.Features.Uitwisseling;

/// <summary>Texts of the exchange's chat messages that differ from the shipped ones (section <c>Participatie:Uitwisseling</c>).</summary>
public sealed class UitwisselingOptions
{
    public const string SectionName = "Participatie:Uitwisseling";

    /// <summary>
    /// Per message and language, e.g. <c>"Teksten": { "Uitnodiging.nl": "…" }</c> (keys: see
    /// <see cref="UitwisselingTeksten.Meegeleverd"/>). Such a text is proposed to beheer: the messages wait until it is approved.
    /// </summary>
    public Dictionary<string, string> Teksten { get; set; } = [];
}

/// <summary>
/// The messages the exchange sends residents in their chat, as templates: the consent request, the refusal, the two
/// shared details and the invitation to an uitwisselmoment. They go out only as approved texts (<see cref="BerichtSjablonen"/>),
/// like workflow messages: the shipped texts below are approved with the release; a text changed in configuration waits
/// for beheer. Placeholders are filled after approval: <c>{titel}</c> (the receiving initiative), <c>{andertitel}</c>,
/// <c>{wijk}</c>, <c>{code}</c>, <c>{gegevens}</c>, <c>{thema}</c>, <c>{datum}</c>, <c>{plaats}</c>, <c>{omschrijving}</c>.
/// </summary>
public sealed partial class UitwisselingTeksten(IOptions<UitwisselingOptions> options) : IMeegeleverdeBerichtteksten
{
    public const string Contactverzoek = "Contactverzoek";
    public const string Geweigerd = "Geweigerd";
    public const string Gedeeld = "Gedeeld";
    public const string Uitnodiging = "Uitnodiging";

    public const string Herkomst = "uitwisseling (configuratie " + UitwisselingOptions.SectionName + ")";

    public static readonly IReadOnlyDictionary<string, string> Meegeleverd = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Contactverzoek + ".nl"] = "De initiatiefnemer van een vergelijkbaar initiatief in wijk {wijk}, \"{andertitel}\", wil graag ervaringen met u uitwisselen over \"{titel}\". Zullen we jullie contactgegevens met elkaar delen? Antwoord 'ja {code}' of 'nee {code}'. Zonder uw ja delen we niets.",
        [Contactverzoek + ".en"] = "The initiator of a similar initiative in district {wijk}, \"{andertitel}\", would like to exchange experiences with you about \"{titel}\". Shall we share your contact details with each other? Answer 'yes {code}' or 'no {code}'. Nothing is shared unless you say yes.",
        [Geweigerd + ".nl"] = "De initiatiefnemer van \"{andertitel}\" wil liever geen contact. Er is niets gedeeld.",
        [Geweigerd + ".en"] = "The initiator of \"{andertitel}\" would rather not be put in touch. Nothing was shared.",
        [Gedeeld + ".nl"] = "U zei allebei ja. De initiatiefnemer van \"{andertitel}\": {gegevens}. Veel plezier met uitwisselen! U kunt uw toestemming altijd intrekken.",
        [Gedeeld + ".en"] = "You both said yes. The initiator of \"{andertitel}\": {gegevens}. Good luck exchanging ideas! You can withdraw consent at any time.",
        [Uitnodiging + ".nl"] = "U bent uitgenodigd voor een uitwisselmoment voor initiatieven over {thema}: {datum}, {plaats}. {omschrijving} Ontmoet initiatiefnemers uit andere wijken en deel wat werkt. Geen uitnodigingen meer? Zeg 'afmelden uitwisseling'.",
        [Uitnodiging + ".en"] = "You are invited to an exchange meeting for initiatives on {thema}: {datum}, {plaats}. {omschrijving} Meet initiators from other districts and share what works. No more invitations? Say 'opt out exchange'.",
    };

    IEnumerable<string> IMeegeleverdeBerichtteksten.Teksten => Meegeleverd.Values;

    /// <summary>The template in force for this message and language: the configured one, else the shipped one.</summary>
    public (string Tekst, string Herkomst) Sjabloon(string bericht, bool engels)
    {
        var sleutel = bericht + (engels ? ".en" : ".nl");
        return options.Value.Teksten.TryGetValue(sleutel, out var eigen) && !string.IsNullOrWhiteSpace(eigen)
            ? (eigen, Herkomst)
            : (Meegeleverd[sleutel], BerichtSjablonen.Meegeleverd);
    }

    /// <summary>Fills the placeholders; an empty value leaves no double space behind.</summary>
    public static string Vul(string tekst, IReadOnlyDictionary<string, string?> waarden)
    {
        // One pass: a value that itself looks like a placeholder (a title typed by a resident) stays as typed.
        var gevuld = Plaatshouder().Replace(tekst, m => waarden.TryGetValue(m.Groups[1].Value, out var waarde) ? waarde ?? "" : m.Value);
        return Dubbel().Replace(gevuld, " ").Trim();
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Plaatshouder();

    [GeneratedRegex(@"(?<=\S) {2,}(?=\S)")]
    private static partial Regex Dubbel();
}

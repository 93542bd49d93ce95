namespace Participatie.Host.Domain;

/// <summary>
/// The coded factors staff use to describe what helped or hindered an intervention. Codes are stable
/// (they are stored); labels are what reports show.
/// </summary>
public static class InterventieFactor
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["bewoners-aan-zet"] = "Bewoners hadden zelf de regie",
        ["vaste-contactpersoon"] = "Vaste contactpersoon in de buurt",
        ["bestaand-netwerk"] = "Voortgebouwd op bestaand netwerk of initiatief",
        ["snelle-besluitvorming"] = "Snelle besluitvorming door gemeente of corporatie",
        ["flexibel-budget"] = "Flexibel, laagdrempelig budget",
        ["corporatie-betrokken"] = "Woningcorporatie actief betrokken",
        ["huurdersorganisatie"] = "Huurders- of bewonersorganisatie betrokken",
        ["ontmoetingsplek"] = "Beschikbare ontmoetingsplek",
        ["zichtbaar-resultaat"] = "Snel zichtbaar resultaat",
        ["communicatie"] = "Heldere communicatie met bewoners",
        ["professional-dominant"] = "Professionals namen het over",
        ["regels-bureaucratie"] = "Regels en procedures remden",
        ["te-weinig-vrijwilligers"] = "Te weinig vrijwilligers",
        ["wisseling-contactpersoon"] = "Wisselende contactpersonen",
        ["trage-besluitvorming"] = "Trage besluitvorming",
        ["onduidelijke-rollen"] = "Onduidelijke rollen tussen partijen",
    };

    public static bool IsKnown(string code) => Labels.ContainsKey(code);
}

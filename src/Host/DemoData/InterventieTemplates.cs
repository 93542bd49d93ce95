using Participatie.Host.Domain;

namespace Participatie.Host.DemoData;

/// <summary>Earlier participation interventions of the kind the programme analyses, for the demo data.</summary>
internal static class InterventieTemplates
{
    public sealed record Template(Thema Thema, string Titel, string Doel, string Aanpak);

    public static readonly Template[] All =
    [
        new(Thema.Ontmoeting, "Huiskamer van de wijk {buurt}", "Een laagdrempelige ontmoetingsplek in de buurt.", "Welzijnswerk opent een huiskamer; bewoners vullen het programma in."),
        new(Thema.Ontmoeting, "Buurtbudget-pilot {buurt}", "Bewoners beslissen zelf over een buurtbudget.", "Een bewonerscommissie verdeelt €10.000 over ideeën uit de buurt."),
        new(Thema.Veiligheid, "Wijkschouw {buurt}", "Samen knelpunten in de openbare ruimte vinden en oplossen.", "Bewoners, gemeente, corporatie en politie lopen twee keer per jaar door de buurt."),
        new(Thema.Zorg, "Achter de voordeur {buurt}", "Kwetsbare huishoudens vroeg in beeld.", "Huisbezoeken door corporatie en wijkteam."),
        new(Thema.Groen, "Opzoomeren {buurt}", "Straten schoner en groener door bewoners zelf.", "Straatteams krijgen materiaal en een klein budget."),
        new(Thema.Ontmoeting, "Bewonerscommissie {buurt} nieuw leven", "Een actieve bewonerscommissie in het complex.", "De corporatie ondersteunt werving en training van commissieleden."),
        new(Thema.Anders, "Wijkagenda {buurt}", "Bewoners stellen de prioriteiten voor de buurt.", "Buurtgesprekken leiden tot een wijkagenda met afspraken."),
        new(Thema.Spelen, "Speelplek ontwerpen met kinderen {buurt}", "Een speelplek die kinderen zelf bedachten.", "Ontwerpsessies op school, uitvoering door de gemeente."),
        new(Thema.Zorg, "Burenhulpcentrale {buurt}", "Buren helpen buren met kleine klussen en vervoer.", "Een coördinator koppelt hulpvragen aan vrijwilligers."),
        new(Thema.Duurzaamheid, "Energiebesparing met buren {buurt}", "Lagere energierekening voor huurders.", "Energiecoaches uit de buurt, materiaal van de corporatie."),
    ];

    /// <summary>A learning point as the staff would write it down, per coded factor.</summary>
    public static readonly IReadOnlyDictionary<string, string> Leerpunten = new Dictionary<string, string>
    {
        ["bewoners-aan-zet"] = "Toen bewoners zelf de agenda bepaalden kwamen er veel meer mensen op af.",
        ["vaste-contactpersoon"] = "Eén vast gezicht in de buurt maakte dat bewoners wisten bij wie ze terecht konden.",
        ["bestaand-netwerk"] = "Aansluiten bij de bestaande bewonersgroep scheelde maanden opbouw.",
        ["snelle-besluitvorming"] = "Omdat de gemeente binnen twee weken besliste bleef de energie erin.",
        ["flexibel-budget"] = "Een klein budget zonder ingewikkelde aanvraag werkte beter dan een groot fonds.",
        ["corporatie-betrokken"] = "De corporatie dacht vanaf het begin mee en stelde ruimte beschikbaar.",
        ["huurdersorganisatie"] = "De huurdersvereniging bracht huurders binnen die we anders niet bereikten.",
        ["ontmoetingsplek"] = "Met een eigen plek in de buurt was er altijd een plaats om af te spreken.",
        ["zichtbaar-resultaat"] = "Een snel zichtbaar resultaat overtuigde twijfelende buren.",
        ["communicatie"] = "Regelmatig laten weten wat er met ideeën gebeurde hield bewoners betrokken.",
        ["professional-dominant"] = "Professionals namen het over en bewoners haakten af.",
        ["regels-bureaucratie"] = "De aanvraagprocedure was te ingewikkeld; bewoners gaven het op.",
        ["te-weinig-vrijwilligers"] = "Het draaide op een paar mensen en viel stil toen die stopten.",
        ["wisseling-contactpersoon"] = "Door drie wisselingen van contactpersoon ging veel vertrouwen verloren.",
        ["trage-besluitvorming"] = "Het duurde maanden voor er een besluit kwam en de groep viel uit elkaar.",
        ["onduidelijke-rollen"] = "Niemand wist wie waarover ging tussen gemeente en corporatie.",
    };

    /// <summary>How much a factor tends to move the outcome (on the 1–5 scale) in the generated data.</summary>
    public static readonly IReadOnlyDictionary<string, double> Effect = new Dictionary<string, double>
    {
        ["bewoners-aan-zet"] = 0.9,
        ["vaste-contactpersoon"] = 0.7,
        ["bestaand-netwerk"] = 0.5,
        ["snelle-besluitvorming"] = 0.4,
        ["flexibel-budget"] = 0.4,
        ["corporatie-betrokken"] = 0.3,
        ["huurdersorganisatie"] = 0.3,
        ["ontmoetingsplek"] = 0.3,
        ["zichtbaar-resultaat"] = 0.4,
        ["communicatie"] = 0.3,
        ["professional-dominant"] = -0.9,
        ["regels-bureaucratie"] = -0.7,
        ["te-weinig-vrijwilligers"] = -0.6,
        ["wisseling-contactpersoon"] = -0.6,
        ["trage-besluitvorming"] = -0.5,
        ["onduidelijke-rollen"] = -0.4,
    };
}

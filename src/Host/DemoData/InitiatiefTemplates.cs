using Participatie.Host.Domain;

namespace Participatie.Host.DemoData;

/// <summary>Typical resident ideas per theme, with a plausible budget range, for the demo data.</summary>
internal static class InitiatiefTemplates
{
    public sealed record Template(Thema Thema, string Titel, string Omschrijving, int MinBudget, int MaxBudget, string[] Hulp);

    public static readonly Template[] All =
    [
        new(Thema.Ontmoeting, "Buurtbarbecue {buurt}", "Een barbecue op het grasveld zodat nieuwe en oude buren elkaar leren kennen.", 150, 900, ["geld", "materialen"]),
        new(Thema.Ontmoeting, "Koffieochtend in de {straat}", "Elke week koffie en thee voor iedereen die even wil bijpraten, vooral voor ouderen die alleen wonen.", 100, 600, ["geld", "ruimte"]),
        new(Thema.Ontmoeting, "Straatfeest {straat}", "Een straatfeest met muziek, spelletjes voor de kinderen en een potluck.", 300, 2500, ["geld", "vergunning"]),
        new(Thema.Ontmoeting, "Burendag {buurt}", "Samen het plein opruimen en daarna eten met de hele buurt.", 200, 1200, ["geld", "materialen"]),
        new(Thema.Groen, "Geveltuinen in de {straat}", "Tegels eruit, planten erin: geveltuintjes voor de hele straat.", 300, 3000, ["geld", "materialen", "vergunning"]),
        new(Thema.Groen, "Moestuin {buurt}", "Een gezamenlijke moestuin op het braakliggende stuk grond achter de flat.", 800, 6000, ["geld", "ruimte", "advies"]),
        new(Thema.Groen, "Boomspiegels adopteren {buurt}", "Bewoners onderhouden de boomspiegels en planten er bloemen in.", 100, 800, ["materialen"]),
        new(Thema.Groen, "Pluktuin bij de school", "Een pluktuin met fruitstruiken waar kinderen leren over eten.", 1500, 9000, ["geld", "ruimte", "contactpersoon"]),
        new(Thema.Spelen, "Speeltuin {buurt} opknappen", "De speeltoestellen zijn oud; ouders willen samen een nieuwe speelplek ontwerpen en onderhouden.", 5000, 25000, ["geld", "advies", "contactpersoon"]),
        new(Thema.Spelen, "Speelstraat op woensdag", "Op woensdagmiddag de straat afsluiten zodat kinderen veilig kunnen buitenspelen.", 100, 700, ["vergunning", "materialen"]),
        new(Thema.Spelen, "Voetbalkooi {buurt}", "Een voetbalkooi voor de jongeren, die nu op straat voetballen.", 8000, 30000, ["geld", "vergunning", "advies"]),
        new(Thema.Veiligheid, "Buurtpreventie-app {buurt}", "Een buurtpreventiegroep met app en afspraken met de wijkagent.", 50, 400, ["advies", "contactpersoon"]),
        new(Thema.Veiligheid, "Betere verlichting in het park", "Het park is 's avonds donker; bewoners willen samen met de gemeente kijken naar verlichting.", 2000, 15000, ["geld", "advies"]),
        new(Thema.Veiligheid, "AED en reanimatiecursus {buurt}", "Een AED aan de muur van het buurthuis en een cursus voor twintig buren.", 1500, 3500, ["geld"]),
        new(Thema.Cultuur, "Muurschildering {straat}", "Een kunstenaar maakt met jongeren uit de buurt een muurschildering op de blinde gevel.", 2500, 12000, ["geld", "vergunning"]),
        new(Thema.Cultuur, "Buurtkoor {buurt}", "Een koor voor iedereen, wekelijks repeteren in het buurthuis.", 300, 2000, ["ruimte", "geld"]),
        new(Thema.Cultuur, "Filmavond op het plein", "Zomerse filmavonden op het plein met een groot scherm.", 400, 2500, ["geld", "vergunning", "materialen"]),
        new(Thema.Sport, "Jeu-de-boulesbaan {buurt}", "Een jeu-de-boulesbaan waar ouderen en jongeren samen spelen.", 1500, 7000, ["geld", "vergunning"]),
        new(Thema.Sport, "Wandelgroep voor ouderen", "Twee keer per week samen wandelen, met een kop koffie na afloop.", 0, 300, ["contactpersoon"]),
        new(Thema.Sport, "Bootcamp in het park", "Gratis buitensport voor buurtbewoners onder leiding van een bewoner met trainersdiploma.", 200, 1500, ["materialen", "vergunning"]),
        new(Thema.Zorg, "Boodschappendienst voor ouderen", "Buren doen boodschappen voor ouderen die slecht ter been zijn.", 0, 500, ["contactpersoon", "advies"]),
        new(Thema.Zorg, "Samen eten in {buurt}", "Een maandelijkse maaltijd voor buurtbewoners die vaak alleen eten.", 500, 4000, ["geld", "ruimte"]),
        new(Thema.Zorg, "Taalcafé {buurt}", "Nieuwe Nederlanders oefenen Nederlands met buurtbewoners.", 100, 900, ["ruimte", "materialen"]),
        new(Thema.Duurzaamheid, "Repair café {buurt}", "Maandelijks samen spullen repareren in plaats van weggooien.", 300, 2500, ["geld", "ruimte", "materialen"]),
        new(Thema.Duurzaamheid, "Energiecoaches {buurt}", "Bewoners helpen buren met energie besparen.", 500, 5000, ["geld", "advies"]),
        new(Thema.Duurzaamheid, "Zwerfafvalploeg {buurt}", "Een vaste ploeg die elke maand de buurt schoonmaakt.", 50, 500, ["materialen"]),
        new(Thema.Anders, "Buurtkrant {buurt}", "Een buurtkrant die vier keer per jaar verschijnt, gemaakt door bewoners.", 600, 3500, ["geld", "advies"]),
    ];
}

using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Domain;

/// <summary>workflows-json/rules/ondersteuning.json on synthetic initiatives with known outcomes.</summary>
public sealed class OndersteuningTests
{
    private static readonly RuleEngine Engine = DomainRules.Engine("ondersteuning.json");

    private static DataObject Initiatief(
        double bedrag = 300, double eerder = 0, bool commercieel = false, bool woont = true, string aanvraag = "2026-03-01", string start = "2026-04-15",
        int handtekeningen = 0, double eigenGeld = 50, double eigenUren = 0, bool materialen = false, bool corporatie = false, bool huurders = false,
        string hulp = "\"geld\"", int deelnemers = 20) =>
        (DataObject)DataValues.FromJson($$"""
            {"WoontInGemeente":{{Bool(woont)}},"ReiktVerderDanEigenHuisEnTuin":true,"MetOfVoorAndereBewoners":true,
             "IsCommercieel":{{Bool(commercieel)}},"IsPolitiek":false,"IsReligieus":false,
             "GevraagdBedrag":{{bedrag.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"EerderOntvangenDitJaar":{{eerder.ToString(System.Globalization.CultureInfo.InvariantCulture)}},
             "EigenBijdrageGeld":{{eigenGeld.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"EigenBijdrageUren":{{eigenUren.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"EigenBijdrageMaterialen":{{Bool(materialen)}},
             "AanvraagDatum":"{{aanvraag}}","StartDatum":"{{start}}","AantalDeelnemers":{{deelnemers}},"AantalHandtekeningen":{{handtekeningen}},
             "CorporatieBezitBetrokken":{{Bool(corporatie)}},"HuurdersBetrokken":{{Bool(huurders)}},"Thema":"groen","HulpGevraagd":[{{hulp}}]}
            """)!;

    private static string Bool(bool b) => b ? "true" : "false";

    private static Dictionary<string, RuleResultTree> Run(object initiatief) =>
        Engine.ExecuteAllRules("ondersteuning", new RuleParameter("initiatief", initiatief)).ToDictionary(r => r.Rule.RuleName);

    [Fact]
    public void Ondersteuning_SmallNeighbourhoodParty_BuurtbudgetAndFonds()
    {
        var results = Run(Initiatief());
        Assert.True(results["Buurtbudget"].IsSuccess, string.Join(" | ", results["Buurtbudget"].FailureMessages()));
        Assert.True(results["Initiatievenfonds"].IsSuccess, string.Join(" | ", results["Initiatievenfonds"].FailureMessages()));
        Assert.False(results["BijdrageWoningcorporatie"].IsSuccess);
        Assert.False(results["Ruimte"].IsSuccess);
    }

    [Fact]
    public void Buurtbudget_AmountAbove500_FailsOnAmountOnly()
    {
        var buurtbudget = Run(Initiatief(bedrag: 1200))["Buurtbudget"];
        Assert.False(buurtbudget.IsSuccess);
        var failed = Assert.Single(buurtbudget.ChildResults!, c => !c.IsSuccess);
        Assert.Equal("Bedrag tot 500 euro", failed.Rule.RuleName);
        Assert.Contains("1200 euro", failed.ExceptionMessage);
    }

    [Fact]
    public void Initiatievenfonds_Above2500WithThreeSignatures_NeedsFiveNeighbours()
    {
        var fonds = Run(Initiatief(bedrag: 3000, handtekeningen: 3))["Initiatievenfonds"];
        Assert.False(fonds.IsSuccess);
        var failed = Assert.Single(fonds.ChildResults!, c => !c.IsSuccess);
        Assert.Equal("Steun van buren boven 2.500 euro", failed.Rule.RuleName);
        Assert.Contains("er zijn er 3", failed.ExceptionMessage);
        Assert.True(Run(Initiatief(bedrag: 3000, handtekeningen: 5))["Initiatievenfonds"].IsSuccess);
    }

    [Fact]
    public void Initiatievenfonds_YearTotalAbove20000_Refused()
    {
        var fonds = Run(Initiatief(bedrag: 2000, eerder: 19000))["Initiatievenfonds"];
        Assert.False(fonds.IsSuccess);
        Assert.Contains("21000 euro", fonds.ChildResults!.Single(c => c.Rule.RuleName == "Maximaal 20.000 euro per jaar").ExceptionMessage);
    }

    [Fact]
    public void Initiatievenfonds_NoOwnContribution_RefusedButHoursCount()
    {
        Assert.False(Run(Initiatief(eigenGeld: 0))["Initiatievenfonds"].IsSuccess);
        Assert.True(Run(Initiatief(eigenGeld: 0, eigenUren: 12))["Initiatievenfonds"].IsSuccess);
        Assert.True(Run(Initiatief(eigenGeld: 0, materialen: true))["Initiatievenfonds"].IsSuccess);
    }

    [Fact]
    public void Ondersteuning_AppliedAfterStart_BothFundsRefused()
    {
        var results = Run(Initiatief(aanvraag: "2026-05-01", start: "2026-04-15"));
        Assert.False(results["Buurtbudget"].IsSuccess);
        Assert.False(results["Initiatievenfonds"].IsSuccess);
        Assert.Contains("2026-04-15", results["Buurtbudget"].ChildResults!.Single(c => !c.IsSuccess).ExceptionMessage);
    }

    [Fact]
    public void Ondersteuning_Commercial_NoFundsNoCorporation()
    {
        var results = Run(Initiatief(commercieel: true, corporatie: true));
        Assert.False(results["Buurtbudget"].IsSuccess);
        Assert.False(results["Initiatievenfonds"].IsSuccess);
        Assert.False(results["BijdrageWoningcorporatie"].IsSuccess);
        Assert.Contains("commercieel", results["Initiatievenfonds"].ChildResults!.Single(c => !c.IsSuccess).ExceptionMessage);
    }

    [Fact]
    public void BijdrageWoningcorporatie_TenantsInvolved_Granted()
    {
        Assert.True(Run(Initiatief(huurders: true))["BijdrageWoningcorporatie"].IsSuccess);
        Assert.True(Run(Initiatief(corporatie: true))["BijdrageWoningcorporatie"].IsSuccess);
    }

    [Fact]
    public void RuimteEnMaterialen_RequestedHelp_DecidesPerType()
    {
        var results = Run(Initiatief(hulp: "\"Ruimte\", \"advies\""));
        Assert.True(results["Ruimte"].IsSuccess);
        Assert.False(results["Materialen"].IsSuccess);
        Assert.True(results["BegeleidingWijkcoordinator"].IsSuccess);
    }

    [Fact]
    public void Ondersteuning_NoHelpRequested_EmptyListWorks()
    {
        var results = Run(Initiatief(hulp: string.Empty));
        Assert.False(results["Ruimte"].IsSuccess);
        Assert.False(results["BegeleidingWijkcoordinator"].IsSuccess);
        Assert.True(results["Buurtbudget"].IsSuccess);
    }

    public sealed record TypedInitiatief(
        bool WoontInGemeente, bool ReiktVerderDanEigenHuisEnTuin, bool MetOfVoorAndereBewoners, bool IsCommercieel, bool IsPolitiek, bool IsReligieus,
        double GevraagdBedrag, double EerderOntvangenDitJaar, double EigenBijdrageGeld, double EigenBijdrageUren, bool EigenBijdrageMaterialen,
        DateTime AanvraagDatum, DateTime StartDatum, int AantalDeelnemers, int AantalHandtekeningen, bool CorporatieBezitBetrokken, bool HuurdersBetrokken,
        string Thema, string[] HulpGevraagd);

    [Fact]
    public void Ondersteuning_TypedDomainObject_SameOutcomeAsJson()
    {
        var typed = new TypedInitiatief(true, true, true, false, false, false, 300, 0, 50, 0, false,
            new DateTime(2026, 3, 1), new DateTime(2026, 4, 15), 20, 0, false, false, "groen", ["geld"]);
        var fromTyped = Run(typed).ToDictionary(p => p.Key, p => p.Value.IsSuccess);
        var fromJson = Run(Initiatief()).ToDictionary(p => p.Key, p => p.Value.IsSuccess);
        Assert.Equal(fromJson, fromTyped);
    }

    [Fact]
    public void Ondersteuning_TypedDatesInMessages_WrittenDutchStyle()
    {
        var typed = new TypedInitiatief(true, true, true, false, false, false, 300, 0, 50, 0, false,
            new DateTime(2026, 5, 1), new DateTime(2026, 4, 15), 20, 0, false, false, "groen", ["geld"]);
        var failed = Run(typed)["Buurtbudget"].ChildResults!.Single(c => !c.IsSuccess);
        Assert.Contains("(15-04-2026)", failed.ExceptionMessage);
    }
}

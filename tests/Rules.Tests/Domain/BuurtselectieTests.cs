using System.Globalization;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Domain;

/// <summary>workflows-json/rules/buurtselectie.json on synthetic buurten with known outcomes.</summary>
public sealed class BuurtselectieTests
{
    private static readonly RuleEngine Engine = DomainRules.Engine("buurtselectie.json");

    private static DataObject Buurt(
        string code = "BU00010101", int huishoudens = 1200, double ses = -0.8, double leefbaarheid = 4.2, double corporatie = 55,
        double uitkeringen = 18, double inkomen = 24, int initiatieven = 1, int buurthuizen = 1, bool wijkraad = false)
    {
        var inv = CultureInfo.InvariantCulture;
        return (DataObject)DataValues.FromJson($$"""
            {"Code":"{{code}}","Naam":"Buurt {{code}}","WijkNaam":"Wijk 1","Inwoners":{{huishoudens * 2}},"Huishoudens":{{huishoudens}},
             "AandeelHuurwoningen":{{(corporatie + 10).ToString(inv)}},"AandeelCorporatiewoningen":{{corporatie.ToString(inv)}},
             "GemiddeldInkomen":{{inkomen.ToString(inv)}},"AandeelUitkeringen":{{uitkeringen.ToString(inv)}},
             "LeefbaarheidScore":{{leefbaarheid.ToString(inv)}},"SesScore":{{ses.ToString(inv)}},
             "AantalActieveInitiatieven":{{initiatieven}},"AantalBuurthuizen":{{buurthuizen}},"HeeftWijkraad":{{(wijkraad ? "true" : "false")}}}
            """)!;
    }

    private static IReadOnlyList<RuleResultTree> Run(DataObject buurt) => Engine.ExecuteAllRules("buurtselectie", new RuleParameter("buurt", buurt));

    private static double Score(IReadOnlyList<RuleResultTree> results) =>
        System.Convert.ToDouble(((DataObject)results.Single(r => r.Rule.RuleName == "Prioriteitsscore").ActionResult!.Output!)["Score"], CultureInfo.InvariantCulture);

    [Fact]
    public void Buurtselectie_VulnerableBuurtWithCommunityCentre_Qualifies()
    {
        var results = Run(Buurt());
        var geschikt = results[0];
        Assert.True(geschikt.IsSuccess, string.Join(" | ", geschikt.FailureMessages()));
        Assert.All(geschikt.ChildResults!, c => Assert.True(c.IsSuccess));
        Assert.Empty(geschikt.ExceptionMessage);
    }

    [Fact]
    public void Buurtselectie_TooFewHouseholds_FailsWithCountInReason()
    {
        var geschikt = Run(Buurt(huishoudens: 320))[0];
        Assert.False(geschikt.IsSuccess);
        var child = geschikt.ChildResults!.Single(c => c.Rule.RuleName == "Genoeg huishoudens");
        Assert.False(child.IsSuccess);
        Assert.Contains("320 huishoudens", child.ExceptionMessage);
        Assert.Contains("Buurt BU00010101", geschikt.ExceptionMessage);
    }

    [Fact]
    public void Buurtselectie_StrongSesAndGoodLiveability_NotVulnerable()
    {
        var geschikt = Run(Buurt(ses: 0.4, leefbaarheid: 7.1))[0];
        Assert.False(geschikt.IsSuccess);
        var kwetsbaar = geschikt.ChildResults!.Single(c => c.Rule.RuleName == "Kwetsbare buurt");
        Assert.False(kwetsbaar.IsSuccess);
        Assert.Contains("0.4", kwetsbaar.ExceptionMessage);
        Assert.Contains("7.1", kwetsbaar.ExceptionMessage);
    }

    [Fact]
    public void Buurtselectie_LowLiveabilityButAverageSes_StillVulnerable()
    {
        var geschikt = Run(Buurt(ses: 0.1, leefbaarheid: 4.9))[0];
        Assert.True(geschikt.IsSuccess);
        var kwetsbaar = geschikt.ChildResults!.Single(c => c.Rule.RuleName == "Kwetsbare buurt");
        Assert.Equal([false, true], kwetsbaar.ChildResults!.Select(c => c.IsSuccess));
    }

    [Fact]
    public void Buurtselectie_FewCorporationHomes_Fails()
    {
        var geschikt = Run(Buurt(corporatie: 12.5))[0];
        Assert.False(geschikt.IsSuccess);
        Assert.Contains("12.5%", geschikt.ChildResults!.Single(c => c.Rule.RuleName == "Veel corporatiewoningen").ExceptionMessage);
    }

    [Fact]
    public void Buurtselectie_NothingToBuildOn_FailsButWijkraadAloneSuffices()
    {
        Assert.False(Run(Buurt(initiatieven: 1, buurthuizen: 0, wijkraad: false))[0].IsSuccess);
        Assert.True(Run(Buurt(initiatieven: 0, buurthuizen: 0, wijkraad: true))[0].IsSuccess);
    }

    [Fact]
    public void Prioriteitsscore_MostAndLeastVulnerableExtremes_HundredAndZero()
    {
        var most = Buurt(ses: -1.5, leefbaarheid: 1, corporatie: 100, uitkeringen: 30, inkomen: 20, initiatieven: 4, buurthuizen: 2);
        var least = Buurt(ses: 1.0, leefbaarheid: 9, corporatie: 0, uitkeringen: 0, inkomen: 35, initiatieven: 0, buurthuizen: 0);
        Assert.Equal(100.0, Score(Run(most)));
        Assert.Equal(0.0, Score(Run(least)));
    }

    [Fact]
    public void Prioriteitsscore_WeakerSes_ScoresHigher()
    {
        Assert.True(Score(Run(Buurt(ses: -1.0))) > Score(Run(Buurt(ses: -0.4))));
    }

    [Fact]
    public void Selection_SixBuurten_TopTwoQualifyingByScore()
    {
        var buurten = new[]
        {
            Buurt("BU1", ses: -0.5, leefbaarheid: 5.5),
            Buurt("BU2", ses: -1.2, leefbaarheid: 3.9, corporatie: 70),
            Buurt("BU3", ses: -1.4, leefbaarheid: 3.0, corporatie: 80, huishoudens: 300),
            Buurt("BU4", ses: 0.6, leefbaarheid: 7.5),
            Buurt("BU5", ses: -0.9, leefbaarheid: 4.5, corporatie: 60, buurthuizen: 2, initiatieven: 3),
            Buurt("BU6", ses: -1.1, leefbaarheid: 4.0, corporatie: 20),
        };
        var chosen = buurten
            .Select(b => (Code: (string)b["Code"]!, Results: Run(b)))
            .Where(x => x.Results[0].IsSuccess)
            .OrderByDescending(x => Score(x.Results))
            .Take(2)
            .Select(x => x.Code)
            .ToList();
        Assert.Equal(["BU2", "BU5"], chosen);
    }
}

using Participatie.Host.Domain;
using Participatie.Host.Features.Analyse;

namespace Participatie.Host.Tests.Analyse;

/// <summary>The analysis on a small hand-made set whose answers are known.</summary>
public sealed class FactorAnalyseTests
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["a"] = "Factor A",
        ["b"] = "Factor B",
        ["c"] = "Factor C",
        ["d"] = "Factor D",
        ["e"] = "Factor E (nooit gebruikt)",
    };

    // a: always with 5, never with 1 → +4, certain. b: same outcomes with and without → 0, onzeker.
    // c: only twice → too few. d: five times with 1 against 5,5,5,5,5,5,1 → clearly worse.
    private static readonly FactorAnalyse.Geval[] Gevallen =
    [
        Geval(1, 5, ["a", "b"], []),
        Geval(2, 5, ["a", "b"], []),
        Geval(3, 5, ["a", "b"], []),
        Geval(4, 5, ["a"], ["c"]),
        Geval(5, 5, ["a"], []),
        Geval(6, 5, ["a"], []),
        Geval(7, 1, ["b"], ["d"]),
        Geval(8, 1, ["b"], ["d"]),
        Geval(9, 1, ["b"], ["d"]),
        Geval(10, 1, [], ["c", "d"]),
        Geval(11, 1, [], ["d"]),
        Geval(12, 1, [], []),
        Geval(13, null, ["a"], [], "Lopend: het loopt goed omdat bewoners het zelf doen."),
    ];

    [Fact]
    public void Analyseer_HandMadeSet_CountsJudgedAndRunning()
    {
        var resultaat = FactorAnalyse.Analyseer(Gevallen, Labels);

        Assert.Equal(13, resultaat.Totaal);
        Assert.Equal(12, resultaat.Beoordeeld);
        Assert.Equal(1, resultaat.Lopend);
        Assert.Equal(6, resultaat.Goed);
        Assert.Equal(0, resultaat.Matig);
        Assert.Equal(6, resultaat.Slecht);
        Assert.Equal(3.0, resultaat.GemiddeldeUitkomst);
    }

    [Fact]
    public void Analyseer_FactorAlwaysWithBestOutcome_IsBetterWithDegenerateInterval()
    {
        var a = Factor("a");

        Assert.Equal(6, a.Met);
        Assert.Equal(6, a.Zonder);
        Assert.Equal(6, a.GoedMet);
        Assert.Equal(0, a.SlechtMet);
        Assert.Equal(7, a.KeerAlsSuccesfactor); // the running case names it too
        Assert.Equal(1.0, a.AandeelGoedMet);
        Assert.Equal(5.0, a.GemiddeldMet);
        Assert.Equal(1.0, a.GemiddeldZonder);
        Assert.Equal(4.0, a.Verschil);
        Assert.Equal(new Interval(4, 4), a.VerschilInterval);
        Assert.Equal(Samenhang.Beter, a.Oordeel);
        Assert.Equal("gaat samen met betere uitkomst", a.OordeelTekst);
    }

    [Fact]
    public void Analyseer_FactorWithSameOutcomesWithAndWithout_IsOnzeker()
    {
        var b = Factor("b");

        Assert.Equal(6, b.Met);
        Assert.Equal(0.0, b.Verschil);
        Assert.True(b.VerschilInterval!.Value.BevatNul);
        Assert.True(b.VerschilInterval.Value.Onder < 0 && b.VerschilInterval.Value.Boven > 0);
        Assert.Equal(Samenhang.Onzeker, b.Oordeel);
        Assert.Equal("onzeker", b.OordeelTekst);
    }

    [Fact]
    public void Analyseer_FactorSeenTwice_GivesNoVerdict()
    {
        var c = Factor("c");

        Assert.Equal(2, c.Met);
        Assert.Equal(2, c.KeerAlsBelemmering);
        Assert.Null(c.VerschilInterval);
        Assert.Equal(Samenhang.TeWeinigGevallen, c.Oordeel);
    }

    [Fact]
    public void Analyseer_FactorWithPoorOutcomes_IsWorse()
    {
        var d = Factor("d");

        Assert.Equal(5, d.Met);
        Assert.Equal(5, d.SlechtMet);
        Assert.Equal(1.0 - 31.0 / 7, d.Verschil!.Value, 10);
        Assert.True(d.VerschilInterval!.Value.Boven < 0);
        Assert.Equal(Samenhang.Slechter, d.Oordeel);
    }

    [Fact]
    public void Analyseer_UnusedFactor_HasNoCasesAndNoLearningPoints()
    {
        var resultaat = FactorAnalyse.Analyseer(Gevallen, Labels);
        var e = resultaat.Factoren.Single(f => f.Code == "e");

        Assert.Equal(0, e.Met);
        Assert.Null(e.Verschil);
        Assert.Equal(Samenhang.TeWeinigGevallen, e.Oordeel);
        Assert.DoesNotContain(resultaat.Leerpunten, l => l.Code == "e");
    }

    [Fact]
    public void Analyseer_OrdersCertainFactorsFirst()
    {
        var codes = FactorAnalyse.Analyseer(Gevallen, Labels).Factoren.Select(f => f.Code).ToList();

        Assert.Equal(["a", "d", "b"], codes.Take(3));
    }

    [Fact]
    public void Analyseer_SameData_SameFigures()
    {
        var eerste = FactorAnalyse.Analyseer(Gevallen, Labels).Factoren.Select(f => f.VerschilInterval).ToList();
        var tweede = FactorAnalyse.Analyseer(Gevallen, Labels).Factoren.Select(f => f.VerschilInterval).ToList();

        Assert.Equal(eerste, tweede);
    }

    [Fact]
    public void Analyseer_PerThema_GroupsJudgedCases()
    {
        var perThema = FactorAnalyse.Analyseer(Gevallen, Labels).PerThema;

        var groen = perThema.Single(t => t.Naam == "Groen");
        var zorg = perThema.Single(t => t.Naam == "Zorg");
        Assert.Equal((6, 3, 3, 3.0), (groen.Aantal, groen.Goed, groen.Slecht, groen.Gemiddeld!.Value));
        Assert.Equal((6, 3, 3), (zorg.Aantal, zorg.Goed, zorg.Slecht));
        Assert.Equal(0.5, groen.AandeelGoed);
        Assert.Contains("Factor A (3×)", groen.VaakstGenoemdBijGoed);
    }

    [Fact]
    public void Analyseer_PerBuurttype_UsesTheCaseGroups()
    {
        var resultaat = FactorAnalyse.Analyseer(Gevallen, Labels);

        Assert.Equal(["SES laag (onderste derde)", "SES midden"], resultaat.PerSesGroep.Select(g => g.Naam));
        Assert.Equal(12, resultaat.PerCorporatieGroep.Sum(g => g.Aantal));
    }

    [Fact]
    public void Analyseer_LearningPoints_GroupedByFactorInOwnWords_IncludingRunning()
    {
        var leerpunten = FactorAnalyse.Analyseer(Gevallen, Labels).Leerpunten;

        var a = leerpunten.Single(l => l.Code == "a");
        Assert.Equal("Factor A", a.Label);
        Assert.Equal([1, 2, 3, 4, 5, 6, 13], a.Leerpunten.Select(l => l.InterventieId));
        Assert.Contains(a.Leerpunten, l => l.Tekst == "Lopend: het loopt goed omdat bewoners het zelf doen." && l.Uitkomst is null);
        Assert.Equal("Leerpunt van interventie 7.", leerpunten.Single(l => l.Code == "d").Leerpunten[0].Tekst);
    }

    [Fact]
    public void Wilson_KnownValues()
    {
        var achtVanTien = Statistiek.Wilson(8, 10)!.Value;
        var nulVanTien = Statistiek.Wilson(0, 10)!.Value;

        Assert.Equal(0.4902, achtVanTien.Onder, 3);
        Assert.Equal(0.9433, achtVanTien.Boven, 3);
        Assert.Equal(0.0, nulVanTien.Onder, 6);
        Assert.Equal(0.2775, nulVanTien.Boven, 3);
        Assert.Null(Statistiek.Wilson(0, 0));
    }

    [Fact]
    public void MediaanEnPercentiel_KnownValues()
    {
        Assert.Equal(2.5, Statistiek.Mediaan([4, 1, 2, 3]));
        Assert.Equal(3.0, Statistiek.Mediaan([5, 1, 3]));
        Assert.Null(Statistiek.Mediaan([]));
        Assert.Equal(9.1, Statistiek.Percentiel([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)!.Value, 10);
    }

    [Fact]
    public void BootstrapVerschil_ContainsThePointEstimate()
    {
        double[] met = [4, 5, 3, 4, 5, 2, 4];
        double[] zonder = [3, 2, 3, 4, 1, 3, 2, 3];

        var interval = Statistiek.BootstrapVerschil(met, zonder);

        var punt = met.Average() - zonder.Average();
        Assert.InRange(punt, interval.Onder, interval.Boven);
        Assert.True(interval.Boven - interval.Onder > 0.5, "with 15 cases the interval cannot be narrow");
    }

    private static FactorAnalyse.Factor Factor(string code) =>
        FactorAnalyse.Analyseer(Gevallen, Labels).Factoren.Single(f => f.Code == code);

    private static FactorAnalyse.Geval Geval(int id, int? uitkomst, string[] succes, string[] belemmering, string? leerpunt = null) =>
        new(id, $"Interventie {id}", id % 2 == 1 ? Thema.Groen : Thema.Zorg, id % 2 == 0 ? "SES laag (onderste derde)" : "SES midden", id <= 4 ? "30% of meer corporatiewoningen" : "minder dan 30% corporatiewoningen",
            uitkomst, succes, belemmering, leerpunt ?? $"Leerpunt van interventie {id}.");
}

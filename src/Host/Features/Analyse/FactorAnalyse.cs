using Participatie.Host.Domain;

namespace Participatie.Host.Features.Analyse;

/// <summary>
/// Which coded factors go with good (4–5) and poor (1–2) outcomes of interventions. Pure: it gets plain
/// cases and returns figures, so it is tested on hand-made sets. Association is the difference in mean
/// outcome with and without a factor, with a 95% bootstrap interval; when the interval contains 0 the
/// verdict is "onzeker", and with fewer than <see cref="MinimumGevallen"/> cases on either side there is no verdict at all.
/// </summary>
public static class FactorAnalyse
{
    /// <summary>Fewer cases than this with (or without) a factor gives no association at all.</summary>
    public const int MinimumGevallen = 5;

    public sealed record Geval(
        int Id,
        string Titel,
        Thema Thema,
        string SesGroep,
        string CorporatieGroep,
        int? Uitkomst,
        IReadOnlyList<string> Succesfactoren,
        IReadOnlyList<string> Belemmeringen,
        string? Leerpunten)
    {
        public bool Heeft(string code) => Succesfactoren.Contains(code) || Belemmeringen.Contains(code);
    }

    public sealed record Factor(
        string Code,
        string Label,
        int KeerAlsSuccesfactor,
        int KeerAlsBelemmering,
        int Met,
        int Zonder,
        int GoedMet,
        int MatigMet,
        int SlechtMet,
        int GoedZonder,
        int SlechtZonder,
        double? AandeelGoedMet,
        Interval? AandeelGoedMetInterval,
        double? AandeelSlechtMet,
        double? AandeelGoedZonder,
        double? GemiddeldMet,
        double? GemiddeldZonder,
        double? Verschil,
        Interval? VerschilInterval,
        Samenhang Oordeel)
    {
        public string OordeelTekst => Oordelen.Tekst(Oordeel);
    }

    public sealed record Groep(string Naam, int Aantal, int Goed, int Matig, int Slecht, double? Gemiddeld, double? AandeelGoed, Interval? AandeelGoedInterval, IReadOnlyList<string> VaakstGenoemdBijGoed);

    public sealed record Leerpunt(int InterventieId, string Titel, int? Uitkomst, string Tekst);

    public sealed record LeerpuntenBijFactor(string Code, string Label, IReadOnlyList<Leerpunt> Leerpunten);

    public sealed record Resultaat(
        int Totaal,
        int Beoordeeld,
        int Lopend,
        int Goed,
        int Matig,
        int Slecht,
        double? GemiddeldeUitkomst,
        IReadOnlyList<Factor> Factoren,
        IReadOnlyList<Groep> PerThema,
        IReadOnlyList<Groep> PerSesGroep,
        IReadOnlyList<Groep> PerCorporatieGroep,
        IReadOnlyList<LeerpuntenBijFactor> Leerpunten);

    public static bool IsGoed(int uitkomst) => uitkomst >= 4;

    public static bool IsSlecht(int uitkomst) => uitkomst <= 2;

    public static Resultaat Analyseer(IReadOnlyList<Geval> gevallen, IReadOnlyDictionary<string, string>? labels = null)
    {
        labels ??= InterventieFactor.Labels;
        var beoordeeld = gevallen.Where(g => g.Uitkomst is not null).OrderBy(g => g.Id).ToList();
        var codes = labels.Keys
            .Concat(gevallen.SelectMany(g => g.Succesfactoren.Concat(g.Belemmeringen)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var factoren = codes.Select(code => AnalyseerFactor(code, labels.TryGetValue(code, out var label) ? label : code, gevallen, beoordeeld))
            .OrderBy(f => f.Oordeel switch { Samenhang.Beter => 0, Samenhang.Slechter => 1, Samenhang.Onzeker => 2, _ => 3 })
            .ThenByDescending(f => Math.Abs(f.Verschil ?? 0))
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();

        return new Resultaat(
            gevallen.Count,
            beoordeeld.Count,
            gevallen.Count - beoordeeld.Count,
            beoordeeld.Count(g => IsGoed(g.Uitkomst!.Value)),
            beoordeeld.Count(g => !IsGoed(g.Uitkomst!.Value) && !IsSlecht(g.Uitkomst!.Value)),
            beoordeeld.Count(g => IsSlecht(g.Uitkomst!.Value)),
            Statistiek.Gemiddelde(beoordeeld.Select(g => (double)g.Uitkomst!.Value).ToList()),
            factoren,
            Groepeer(beoordeeld, g => g.Thema.ToString(), labels),
            Groepeer(beoordeeld, g => g.SesGroep, labels),
            Groepeer(beoordeeld, g => g.CorporatieGroep, labels),
            LeerpuntenPerFactor(gevallen, codes, labels));
    }

    private static Factor AnalyseerFactor(string code, string label, IReadOnlyList<Geval> alle, IReadOnlyList<Geval> beoordeeld)
    {
        var met = beoordeeld.Where(g => g.Heeft(code)).Select(g => g.Uitkomst!.Value).ToList();
        var zonder = beoordeeld.Where(g => !g.Heeft(code)).Select(g => g.Uitkomst!.Value).ToList();
        var goedMet = met.Count(IsGoed);
        var slechtMet = met.Count(IsSlecht);
        var gemMet = Statistiek.Gemiddelde(met.Select(u => (double)u).ToList());
        var gemZonder = Statistiek.Gemiddelde(zonder.Select(u => (double)u).ToList());
        double? verschil = gemMet is { } a && gemZonder is { } b ? a - b : null;

        Interval? interval = null;
        var oordeel = Samenhang.TeWeinigGevallen;
        if (met.Count >= MinimumGevallen && zonder.Count >= MinimumGevallen)
        {
            interval = Statistiek.BootstrapVerschil(met.Select(u => (double)u).ToList(), zonder.Select(u => (double)u).ToList());
            oordeel = interval.Value.BevatNul ? Samenhang.Onzeker : interval.Value.Onder > 0 ? Samenhang.Beter : Samenhang.Slechter;
        }

        return new Factor(
            code,
            label,
            alle.Count(g => g.Succesfactoren.Contains(code)),
            alle.Count(g => g.Belemmeringen.Contains(code)),
            met.Count,
            zonder.Count,
            goedMet,
            met.Count - goedMet - slechtMet,
            slechtMet,
            zonder.Count(IsGoed),
            zonder.Count(IsSlecht),
            met.Count == 0 ? null : (double)goedMet / met.Count,
            Statistiek.Wilson(goedMet, met.Count),
            met.Count == 0 ? null : (double)slechtMet / met.Count,
            zonder.Count == 0 ? null : (double)zonder.Count(IsGoed) / zonder.Count,
            gemMet,
            gemZonder,
            verschil,
            interval,
            oordeel);
    }

    private static List<Groep> Groepeer(IReadOnlyList<Geval> beoordeeld, Func<Geval, string> sleutel, IReadOnlyDictionary<string, string> labels) =>
        beoordeeld.GroupBy(sleutel, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var uitkomsten = g.Select(x => x.Uitkomst!.Value).ToList();
                var goed = uitkomsten.Count(IsGoed);
                var slecht = uitkomsten.Count(IsSlecht);
                var vaakst = g.Where(x => IsGoed(x.Uitkomst!.Value))
                    .SelectMany(x => x.Succesfactoren)
                    .GroupBy(c => c, StringComparer.Ordinal)
                    .OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Take(3)
                    .Select(c => $"{(labels.TryGetValue(c.Key, out var l) ? l : c.Key)} ({c.Count()}×)")
                    .ToList();
                return new Groep(g.Key, uitkomsten.Count, goed, uitkomsten.Count - goed - slecht, slecht,
                    uitkomsten.Average(), (double)goed / uitkomsten.Count, Statistiek.Wilson(goed, uitkomsten.Count), vaakst);
            })
            .ToList();

    private static List<LeerpuntenBijFactor> LeerpuntenPerFactor(IReadOnlyList<Geval> gevallen, IReadOnlyList<string> codes, IReadOnlyDictionary<string, string> labels) =>
        codes.Select(code => new LeerpuntenBijFactor(
                code,
                labels.TryGetValue(code, out var label) ? label : code,
                gevallen.Where(g => g.Heeft(code) && !string.IsNullOrWhiteSpace(g.Leerpunten))
                    .OrderBy(g => g.Id)
                    .Select(g => new Leerpunt(g.Id, g.Titel, g.Uitkomst, g.Leerpunten!.Trim()))
                    .ToList()))
            .Where(l => l.Leerpunten.Count > 0)
            .ToList();
}

using System.Globalization;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Engine;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// What publishing a draft would change, compared with the published version: per top-level rule how many
/// buurten or initiatives meet it now and after; for buurtselectie also qualification, rank and the programme's
/// top N; and the list of everything that changes, in readable lines.
/// </summary>
public sealed record WatAls(
    string Invoer,
    int? GepubliceerdeVersie,
    int AantalBeoordeeld,
    IReadOnlyList<Diagnostic> Fouten,
    IReadOnlyList<WatAls.RegelTelling> PerRegel,
    WatAls.Selectie? SelectieVerschil,
    IReadOnlyList<WatAls.Item> Items)
{
    public int AantalGewijzigd => Items.Count;

    public sealed record RegelTelling(string Regel, int NuJa, int StraksJa, int Erbij, int Eraf);

    public sealed record Selectie(int Aantal, IReadOnlyList<string> Erbij, IReadOnlyList<string> Eraf, int AndereRang);

    public sealed record RegelVerschil(string Regel, bool? Voor, bool? Na);

    public sealed record BuurtStand(bool Geschikt, double Score, int? Rang);

    public sealed record Item(string Sleutel, string Naam, string Detail, IReadOnlyList<string> Wijzigingen, IReadOnlyList<RegelVerschil> Regels, BuurtStand? Voor, BuurtStand? Na);

    /// <summary>One buurt or initiative with its results under the published version and under the draft.</summary>
    public sealed record Paar(RegelsetProef.Invoer Invoer, IReadOnlyList<RuleResultTree> Voor, IReadOnlyList<RuleResultTree> Na);

    public static WatAls Leeg(RegelsetSoort soort, int? versie, IReadOnlyList<Diagnostic> fouten) =>
        new(soort.InvoerNaam, versie, 0, fouten, [], null, []);

    public static WatAls Bereken(RegelsetSoort soort, int versie, IReadOnlyList<Paar> paren, int aantal, IReadOnlyList<Diagnostic> fouten)
    {
        var regelnamen = paren.SelectMany(p => p.Voor.Concat(p.Na)).Select(r => r.Rule.RuleName).Distinct(StringComparer.Ordinal).ToList();
        var perRegel = regelnamen.Select(regel =>
        {
            var voor = paren.Select(p => Uitkomst(p.Voor, regel)).ToList();
            var na = paren.Select(p => Uitkomst(p.Na, regel)).ToList();
            return new RegelTelling(regel,
                voor.Count(v => v == true),
                na.Count(v => v == true),
                voor.Zip(na).Count(x => x.First != true && x.Second == true),
                voor.Zip(na).Count(x => x.First == true && x.Second != true));
        }).ToList();

        Dictionary<string, BuurtStand>? standVoor = null, standNa = null;
        Selectie? selectie = null;
        if (soort.OverBuurten)
        {
            var voor = paren.Select(p => BuurtSelectie.Beoordeel((BuurtRegelInvoer)p.Invoer.Waarde, p.Voor)).ToList();
            var na = paren.Select(p => BuurtSelectie.Beoordeel((BuurtRegelInvoer)p.Invoer.Waarde, p.Na)).ToList();
            standVoor = Standen(voor);
            standNa = Standen(na);
            var topVoor = BuurtSelectie.Top(voor, aantal).Select(b => b.Code).ToList();
            var topNa = BuurtSelectie.Top(na, aantal).Select(b => b.Code).ToList();
            selectie = new Selectie(aantal,
                topNa.Except(topVoor).ToList(),
                topVoor.Except(topNa).ToList(),
                standVoor.Count(kv => kv.Value.Rang is { } r && standNa[kv.Key].Rang is { } r2 && r != r2));
        }

        var items = new List<Item>();
        foreach (var paar in paren)
        {
            var regels = regelnamen
                .Select(r => new RegelVerschil(r, Uitkomst(paar.Voor, r), Uitkomst(paar.Na, r)))
                .Where(r => r.Voor != r.Na)
                .ToList();
            var wijzigingen = new List<string>();
            BuurtStand? v = null, n = null;
            if (standVoor is not null && standNa is not null)
            {
                v = standVoor[paar.Invoer.Sleutel];
                n = standNa[paar.Invoer.Sleutel];
                if (v.Geschikt != n.Geschikt)
                {
                    wijzigingen.Add(n.Geschikt ? "wordt geschikt" : "is niet meer geschikt");
                }

                if (v.Rang != n.Rang && v.Rang is not null && n.Rang is not null)
                {
                    wijzigingen.Add($"rang {v.Rang} → {n.Rang}");
                }

                if (Math.Abs(v.Score - n.Score) > 1e-9)
                {
                    wijzigingen.Add($"score {Getal(v.Score)} → {Getal(n.Score)}");
                }

                if (selectie is not null && selectie.Erbij.Contains(paar.Invoer.Sleutel))
                {
                    wijzigingen.Add($"komt in de selectie van {aantal}");
                }
                else if (selectie is not null && selectie.Eraf.Contains(paar.Invoer.Sleutel))
                {
                    wijzigingen.Add($"valt uit de selectie van {aantal}");
                }
            }

            wijzigingen.AddRange(regels.Select(r => r.Na switch
            {
                true => $"'{r.Regel}': wordt ja",
                false => $"'{r.Regel}': wordt nee",
                null => $"'{r.Regel}': niet meer beoordeeld",
            }));

            if (wijzigingen.Count > 0)
            {
                items.Add(new Item(paar.Invoer.Sleutel, paar.Invoer.Naam, paar.Invoer.Detail, wijzigingen, regels, v, n));
            }
        }

        return new WatAls(soort.InvoerNaam, versie, paren.Count, fouten, perRegel, selectie, items);
    }

    private static bool? Uitkomst(IReadOnlyList<RuleResultTree> resultaten, string regel) =>
        resultaten.FirstOrDefault(r => r.Rule.RuleName == regel)?.IsSuccess;

    /// <summary>Qualification, score and rank (1 = highest score among the qualifying buurten) per buurt code.</summary>
    private static Dictionary<string, BuurtStand> Standen(IReadOnlyList<BuurtSelectie.Beoordeling> beoordelingen)
    {
        var rangen = BuurtSelectie.Rangen(beoordelingen);
        return beoordelingen.ToDictionary(b => b.Code, b => new BuurtStand(b.Geschikt, b.Score, rangen.TryGetValue(b.Code, out var r) ? r : null));
    }

    private static string Getal(double value) => value.ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"));
}

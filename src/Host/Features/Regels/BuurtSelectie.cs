using Participatie.Rules.Engine;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// Runs the <c>buurtselectie</c> rules over buurten: which qualify, their priority score and, per
/// criterion, the explanation the rules give. The programme takes the top ones.
/// </summary>
public sealed class BuurtSelectie(RegelsetCatalog catalog, RegelInvoerFactory invoer)
{
    public const string GeschiktRegel = "Geschikt voor doe-democratie";
    public const string ScoreRegel = "Prioriteitsscore";

    public sealed record Criterium(string Naam, bool Voldaan, string Uitleg);

    public sealed record Beoordeling(string Code, string Naam, string WijkNaam, bool Geschikt, double Score, IReadOnlyList<Criterium> Criteria, IReadOnlyDictionary<string, object?> ScoreDelen);

    public async Task<IReadOnlyList<Beoordeling>> BeoordeelAsync(CancellationToken ct) =>
        Beoordeel(await invoer.BuurtenAsync(null, ct), ct);

    public IReadOnlyList<Beoordeling> Beoordeel(IEnumerable<BuurtRegelInvoer> buurten, CancellationToken ct) =>
        buurten.Select(b => Beoordeel(b, catalog.Execute(RegelsetCatalog.Buurtselectie, "buurt", b, ct)))
            .OrderByDescending(b => b.Geschikt).ThenByDescending(b => b.Score).ThenBy(b => b.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>The rank of each qualifying buurt (1 = highest score), by code; buurten that do not qualify have none.</summary>
    public static Dictionary<string, int> Rangen(IEnumerable<Beoordeling> beoordelingen) =>
        Top(beoordelingen, int.MaxValue).Select((b, i) => (b.Code, Rang: i + 1)).ToDictionary(x => x.Code, x => x.Rang);

    /// <summary>The qualifying buurten with the highest scores, best first.</summary>
    public static IReadOnlyList<Beoordeling> Top(IEnumerable<Beoordeling> beoordelingen, int aantal) =>
        beoordelingen.Where(b => b.Geschikt).OrderByDescending(b => b.Score).ThenBy(b => b.Code, StringComparer.Ordinal).Take(aantal).ToList();

    /// <summary>A buurt's qualification and score from a run of the buurtselectie rules (published or a draft).</summary>
    public static Beoordeling Beoordeel(BuurtRegelInvoer buurt, IReadOnlyList<RuleResultTree> resultaten)
    {
        var geschikt = resultaten.FirstOrDefault(r => r.Rule.RuleName == GeschiktRegel);
        var score = resultaten.FirstOrDefault(r => r.Rule.RuleName == ScoreRegel);
        var delen = ScoreDelen(score?.ActionResult?.Output);
        var waarde = delen.TryGetValue("Score", out var s) && s is not null ? Convert.ToDouble(s, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new Beoordeling(buurt.Code, buurt.Naam, buurt.WijkNaam, geschikt?.IsSuccess ?? false, waarde,
            geschikt is null ? [] : Criteria(geschikt).ToList(), delen);
    }

    /// <summary>Each leaf criterion with its explanation: the success event when met, the failure message when not.</summary>
    private static IEnumerable<Criterium> Criteria(RuleResultTree node)
    {
        if (node.ChildResults is null)
        {
            yield return new Criterium(node.Rule.RuleName, node.IsSuccess, node.IsSuccess ? node.Rule.SuccessEvent ?? node.Rule.RuleName : node.ExceptionMessage);
            yield break;
        }

        foreach (var child in node.ChildResults)
        {
            foreach (var criterium in Criteria(child))
            {
                yield return criterium;
            }
        }
    }

    private static IReadOnlyDictionary<string, object?> ScoreDelen(object? output) =>
        RegelWaarden.AlsJson(output) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}

using Participatie.Host.Domain;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// Proposes quotas from the CBS figures of the beraad's area: seats per value in proportion to the population share,
/// the minimum rounded down and the maximum rounded up (so the minimums add up to at most the size and the maximums
/// to at least it). Our buurt data holds inhabitants per buurt, education level shares and the share of rented homes;
/// it holds no age bands, no sex, and nothing on earlier involvement, so those features are entered by hand.
/// </summary>
public static class QuotumVoorstel
{
    public const string KenmerkBuurt = "buurt";
    public const string KenmerkOpleiding = "opleiding";
    public const string KenmerkWoning = "woning";

    public sealed record Handmatig(string Kenmerk, string Reden);

    public sealed record Voorstel(IReadOnlyList<QuotumInvoer> Quota, IReadOnlyList<Handmatig> Handmatig, int? Peiljaar);

    public static Voorstel Maak(int omvang, IReadOnlyList<Buurt> buurten)
    {
        var quota = new List<QuotumInvoer>();
        var handmatig = new List<Handmatig>();

        var bewoond = buurten.Where(b => b.Inwoners is > 0).ToList();
        if (buurten.Count > 1 && bewoond.Count > 1)
        {
            quota.AddRange(Zetels(KenmerkBuurt, bewoond.OrderBy(b => b.Code, StringComparer.Ordinal)
                .Select(b => (b.Naam, (double)b.Inwoners!.Value)).ToList(), omvang));
        }
        else if (buurten.Count > 1)
        {
            handmatig.Add(new(KenmerkBuurt, "Van de buurten in dit gebied is het aantal inwoners niet bekend."));
        }

        var metOpleiding = buurten.Where(b => b.Inwoners is > 0 && b.AandeelLaagOpgeleid is not null
            && b.AandeelMiddelbaarOpgeleid is not null && b.AandeelHoogOpgeleid is not null).ToList();
        if (metOpleiding.Count > 0)
        {
            quota.AddRange(Zetels(KenmerkOpleiding,
            [
                ("laag", metOpleiding.Sum(b => b.Inwoners!.Value * b.AandeelLaagOpgeleid!.Value)),
                ("middelbaar", metOpleiding.Sum(b => b.Inwoners!.Value * b.AandeelMiddelbaarOpgeleid!.Value)),
                ("hoog", metOpleiding.Sum(b => b.Inwoners!.Value * b.AandeelHoogOpgeleid!.Value)),
            ], omvang));
        }
        else
        {
            handmatig.Add(new(KenmerkOpleiding, "CBS geeft voor dit gebied geen opleidingsniveaus (geheimhouding bij kleine aantallen)."));
        }

        // Renting is the income proxy the buurt data has: CBS publishes the share of rented homes, weighted here by households.
        var metWoning = buurten.Where(b => b.Huishoudens is > 0 && b.AandeelHuurwoningen is not null).ToList();
        if (metWoning.Count > 0)
        {
            var huur = metWoning.Sum(b => b.Huishoudens!.Value * b.AandeelHuurwoningen!.Value / 100);
            var totaal = metWoning.Sum(b => (double)b.Huishoudens!.Value);
            quota.AddRange(Zetels(KenmerkWoning, [("huur", huur), ("koop", totaal - huur)], omvang));
        }
        else
        {
            handmatig.Add(new(KenmerkWoning, "CBS geeft voor dit gebied geen aandeel huurwoningen."));
        }

        handmatig.Add(new("leeftijd", "De buurtgegevens bevatten geen leeftijdsgroepen: vul de leeftijdsgroepen en hun quota zelf in."));
        handmatig.Add(new("geslacht", "De buurtgegevens bevatten geen verdeling naar geslacht: vul de quota zelf in."));
        handmatig.Add(new("eerder betrokken", "Of iemand eerder betrokken was staat in geen enkele bron: vul de quota (ja/nee) zelf in."));
        return new Voorstel(quota, handmatig, buurten.Max(b => b.Peiljaar));
    }

    /// <summary>Seats in proportion to the weights: ⌊share × size⌋ … ⌈share × size⌉.</summary>
    private static IEnumerable<QuotumInvoer> Zetels(string kenmerk, IReadOnlyList<(string Waarde, double Gewicht)> waarden, int omvang)
    {
        var totaal = waarden.Sum(w => Math.Max(0, w.Gewicht));
        if (totaal <= 0)
        {
            yield break;
        }

        foreach (var (waarde, gewicht) in waarden)
        {
            var verwacht = Math.Max(0, gewicht) / totaal * omvang;
            // Rounded to 9 decimals first, so a share that is exactly a whole number of seats is not pushed over by floating point.
            var afgerond = Math.Round(verwacht, 9);
            yield return new QuotumInvoer(kenmerk, waarde, (int)Math.Floor(afgerond), (int)Math.Ceiling(afgerond));
        }
    }
}

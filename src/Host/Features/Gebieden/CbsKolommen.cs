using Participatie.Host.Domain;

namespace Participatie.Host.Features.Gebieden;

/// <summary>
/// Which StatLine column feeds which buurt indicator. Headers differ between tables and between the
/// "typed" and "untyped" exports, so each indicator lists the header prefixes it is known by.
/// </summary>
internal static class CbsKolommen
{
    public static readonly string[] Perioden = ["Perioden"];
    public static readonly string[] Naam = ["Wijken en buurten", "WijkenEnBuurten", "Regio's", "Regios"];
    public static readonly string[] Code = ["Regiocode (gemeente, wijk, buurt)", "Codering", "Regiocode"];

    public sealed record Indicator(string[] Headers, Action<Buurt, double> Zet);

    public static readonly Indicator[] Indicatoren =
    [
        new(["Aantal inwoners", "AantalInwoners"], (b, v) => b.Inwoners = (int)Math.Round(v)),
        new(["Particuliere huishoudens", "Huishoudens totaal", "HuishoudensTotaal"], (b, v) => b.Huishoudens = (int)Math.Round(v)),
        new(["Huurwoningen totaal", "HuurwoningenTotaal", "Eigendom/Huurwoningen totaal"], (b, v) => b.AandeelHuurwoningen = v),
        new(["In bezit woningcorporatie", "InBezitWoningcorporatie", "Eigendom/In bezit woningcorporatie"], (b, v) => b.AandeelCorporatiewoningen = v),
        new(["Gemiddeld inkomen per inwoner", "GemiddeldInkomenPerInwoner", "Inkomen/Gemiddeld inkomen per inwoner"], (b, v) => b.GemiddeldInkomen = v),
        new(["SES-WOA/Totaalscore/Gemiddelde score", "SES-WOA totaalscore", "GemiddeldeScore"], (b, v) => b.SesScore = v),
        new(["Spreiding/Spreiding totaal", "SpreidingTotaal"], (b, v) => b.SesSpreiding = v),
        new(["Opleidingsniveau/Laag"], (b, v) => b.AandeelLaagOpgeleid = v),
        new(["Opleidingsniveau/Middelbaar"], (b, v) => b.AandeelMiddelbaarOpgeleid = v),
        new(["Opleidingsniveau/Hoog"], (b, v) => b.AandeelHoogOpgeleid = v),
    ];

    public static int Find(IReadOnlyList<string> headers, string[] candidates)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (candidates.Any(c => header.StartsWith(c, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return -1;
    }
}

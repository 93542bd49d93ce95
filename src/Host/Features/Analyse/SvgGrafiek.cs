using System.Text;
using static Participatie.Host.Features.Analyse.Html;

namespace Participatie.Host.Features.Analyse;

/// <summary>
/// Small inline SVG charts for the reports: horizontal bars, stacked shares and an interval ("forest")
/// plot. No script, so they print and they work without JavaScript; every label is encoded.
/// </summary>
public static class SvgGrafiek
{
    public sealed record Staaf(string Label, double Waarde, string? Tekst = null, bool Nadruk = false);

    public sealed record Deel(string Label, double Waarde, string Kleur);

    public sealed record GestapeldeStaaf(string Label, IReadOnlyList<Deel> Delen);

    public sealed record IntervalRij(string Label, double? Punt, Interval? Interval, Samenhang Oordeel);

    private const int LabelBreedte = 300;
    private const int GrafiekBreedte = 380;
    private const int RijHoogte = 22;

    /// <summary>Horizontal bars, each with its value written next to it.</summary>
    public static string Staven(string titel, IReadOnlyList<Staaf> staven, string? eenheid = null)
    {
        var max = staven.Count == 0 ? 1 : Math.Max(staven.Max(s => s.Waarde), 1e-9);
        var hoogte = staven.Count * RijHoogte + 10;
        var svg = Begin(titel, hoogte);
        for (var i = 0; i < staven.Count; i++)
        {
            var s = staven[i];
            var y = 5 + i * RijHoogte;
            var breedte = Math.Max(0, s.Waarde) / max * GrafiekBreedte;
            svg.Append($"<text x=\"{LabelBreedte - 8}\" y=\"{Svg(y + 15)}\" text-anchor=\"end\" class=\"label\">{E(Kort(s.Label))}</text>");
            svg.Append($"<rect x=\"{LabelBreedte}\" y=\"{Svg(y + 3)}\" width=\"{Svg(breedte)}\" height=\"16\" class=\"{(s.Nadruk ? "staaf nadruk" : "staaf")}\"><title>{E(s.Label)}: {E(s.Tekst ?? Getal(s.Waarde))}</title></rect>");
            svg.Append($"<text x=\"{Svg(LabelBreedte + breedte + 6)}\" y=\"{Svg(y + 15)}\" class=\"waarde\">{E(s.Tekst ?? Getal(s.Waarde) + (eenheid is null ? "" : " " + eenheid))}</text>");
        }

        return Einde(svg);
    }

    /// <summary>Bars of 100% split into parts (e.g. good, middling, poor outcomes), with a legend.</summary>
    public static string Gestapeld(string titel, IReadOnlyList<GestapeldeStaaf> staven)
    {
        var legendaHoogte = 24;
        var hoogte = staven.Count * RijHoogte + 10 + legendaHoogte;
        var svg = Begin(titel, hoogte);
        for (var i = 0; i < staven.Count; i++)
        {
            var s = staven[i];
            var y = 5 + i * RijHoogte;
            var totaal = s.Delen.Sum(d => d.Waarde);
            svg.Append($"<text x=\"{LabelBreedte - 8}\" y=\"{Svg(y + 15)}\" text-anchor=\"end\" class=\"label\">{E(Kort(s.Label))}</text>");
            var x = (double)LabelBreedte;
            foreach (var deel in s.Delen)
            {
                var breedte = totaal <= 0 ? 0 : deel.Waarde / totaal * GrafiekBreedte;
                svg.Append($"<rect x=\"{Svg(x)}\" y=\"{Svg(y + 3)}\" width=\"{Svg(breedte)}\" height=\"16\" fill=\"{E(deel.Kleur)}\"><title>{E(s.Label)} – {E(deel.Label)}: {Getal(deel.Waarde, 0)}</title></rect>");
                if (breedte >= 18)
                {
                    svg.Append($"<text x=\"{Svg(x + breedte / 2)}\" y=\"{Svg(y + 15)}\" text-anchor=\"middle\" class=\"in-staaf\">{Getal(deel.Waarde, 0)}</text>");
                }

                x += breedte;
            }
        }

        var legendaY = 5 + staven.Count * RijHoogte + 8;
        var lx = (double)LabelBreedte;
        foreach (var deel in staven.FirstOrDefault()?.Delen ?? [])
        {
            svg.Append($"<rect x=\"{Svg(lx)}\" y=\"{Svg(legendaY)}\" width=\"12\" height=\"12\" fill=\"{E(deel.Kleur)}\"/>");
            svg.Append($"<text x=\"{Svg(lx + 16)}\" y=\"{Svg(legendaY + 11)}\" class=\"label\">{E(deel.Label)}</text>");
            lx += 30 + deel.Label.Length * 7;
        }

        return Einde(svg);
    }

    /// <summary>
    /// Point estimates with their 95% intervals around a zero line: the reader sees at once which intervals
    /// stay clear of zero and which ones (the "onzeker" ones) cross it.
    /// </summary>
    public static string Intervallen(string titel, IReadOnlyList<IntervalRij> rijen, double schaal = 2.0)
    {
        var hoogte = rijen.Count * RijHoogte + 34;
        var svg = Begin(titel, hoogte);
        double X(double v) => LabelBreedte + (Math.Clamp(v, -schaal, schaal) + schaal) / (2 * schaal) * GrafiekBreedte;
        var onder = rijen.Count * RijHoogte + 8;
        svg.Append($"<line x1=\"{Svg(X(0))}\" y1=\"2\" x2=\"{Svg(X(0))}\" y2=\"{onder}\" class=\"nul\"/>");
        foreach (var tick in new[] { -schaal, -schaal / 2, 0, schaal / 2, schaal })
        {
            svg.Append($"<text x=\"{Svg(X(tick))}\" y=\"{onder + 16}\" text-anchor=\"middle\" class=\"as\">{(tick > 0 ? "+" : "")}{Getal(tick)}</text>");
        }

        for (var i = 0; i < rijen.Count; i++)
        {
            var r = rijen[i];
            var y = 5 + i * RijHoogte + 11;
            var klasse = r.Oordeel switch { Samenhang.Beter => "beter", Samenhang.Slechter => "slechter", _ => "onzeker" };
            svg.Append($"<text x=\"{LabelBreedte - 8}\" y=\"{Svg(y + 4)}\" text-anchor=\"end\" class=\"label\">{E(Kort(r.Label))}</text>");
            if (r.Interval is { } iv)
            {
                svg.Append($"<line x1=\"{Svg(X(iv.Onder))}\" y1=\"{Svg(y)}\" x2=\"{Svg(X(iv.Boven))}\" y2=\"{Svg(y)}\" class=\"interval {klasse}\"/>");
            }

            if (r.Punt is { } p)
            {
                svg.Append($"<circle cx=\"{Svg(X(p))}\" cy=\"{Svg(y)}\" r=\"4\" class=\"punt {klasse}\"><title>{E(r.Label)}: {(p > 0 ? "+" : "")}{Getal(p)} ({E(Html.Interval(r.Interval))}) – {E(Oordelen.Tekst(r.Oordeel))}</title></circle>");
            }
        }

        return Einde(svg);
    }

    /// <summary>Labels longer than fits left of the chart are shortened; the full text stays in each element's tooltip.</summary>
    private static string Kort(string label) => label.Length <= 44 ? label : label[..42].TrimEnd() + "…";

    private static StringBuilder Begin(string titel, int hoogte)
    {
        var breedte = LabelBreedte + GrafiekBreedte + 170;
        var sb = new StringBuilder();
        sb.Append($"<figure class=\"grafiek\"><figcaption>{E(titel)}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{E(titel)}\" viewBox=\"0 0 {breedte} {hoogte}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        sb.Append($"<title>{E(titel)}</title>");
        return sb;
    }

    private static string Einde(StringBuilder svg)
    {
        svg.Append("</svg></figure>");
        return svg.ToString();
    }
}

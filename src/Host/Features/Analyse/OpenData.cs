using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Participatie.Host.Features.Analyse;

/// <summary>
/// The report and dashboard figures as open data tables (CSV and JSON). Only aggregates and coded
/// values: no names, e-mail addresses, phone numbers, postcodes, task titles or text residents wrote.
/// </summary>
public static class OpenData
{
    public sealed record Tabel(string Naam, string Omschrijving, IReadOnlyList<string> Kolommen, IReadOnlyList<object?[]> Rijen);

    public static readonly IReadOnlyDictionary<string, string> Datasets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["initiatieven-per-buurt"] = "Aantal bewonersinitiatieven per buurt en status.",
        ["doorlooptijden"] = "Doorlooptijd per routeringsstap in dagen, uit de statushistorie.",
        ["doorlooptijden-taken"] = "Doorlooptijd van afgeronde taken per rol in dagen, en het aandeel binnen de termijn.",
        ["knelpunten"] = "Waar initiatieven nu het langst wachten, per routeringsstap.",
        ["verlopen-taken"] = "Open taken en taken over de termijn, per rol.",
        ["ondersteuning"] = "Aandeel ondersteunde initiatieven van de besloten initiatieven, totaal en per thema, met 95%-interval (Wilson).",
        ["factoren"] = "Succesfactoren en belemmeringen van interventies en hun samenhang met de uitkomst.",
        ["buurtselectie"] = "Uitkomst van de selectieregels per buurt: geschikt, score en gekozen.",
    };

    public static Tabel? Maak(string naam, RapportGegevens g)
    {
        var w = g.Werkstroom;
        object?[][] rijen = naam switch
        {
            "initiatieven-per-buurt" => [.. w.PerBuurtEnStatus.Select(r => new object?[] { r.BuurtCode, r.BuurtNaam, r.Status.ToString(), r.Aantal })],
            "doorlooptijden" => [.. w.DoorlooptijdPerStap.Select(d => new object?[] { d.Stap, d.Aantal, d.MediaanDagen, d.GemiddeldDagen, d.P90Dagen })],
            "doorlooptijden-taken" => [.. w.DoorlooptijdPerTaakrol.Select(d => new object?[] { d.Stap, d.Aantal, d.MediaanDagen, d.GemiddeldDagen, d.P90Dagen, Rond(d.AandeelOpTijd, 3) })],
            "knelpunten" => [.. w.Knelpunten.Select(k => new object?[] { k.Stap.ToString(), k.NuWachtend, Rond(k.MediaanWachttijdNuDagen), Rond(k.LangsteWachttijdNuDagen), Rond(k.MediaanDoorlooptijdDagen) })],
            "verlopen-taken" => [.. w.VerlopenTakenPerRol.Select(r => new object?[] { r.Rol, r.Open, r.TeLaat, r.OudsteDagenTeLaat })],
            "ondersteuning" => [.. new[] { w.OndersteuningTotaal }.Concat(w.OndersteuningPerThema)
                .Select(o => new object?[] { o.Groep, o.Besloten, o.Ondersteund, Rond(o.Aandeel, 3), Rond(o.AandeelInterval?.Onder, 3), Rond(o.AandeelInterval?.Boven, 3) })],
            "factoren" => [.. g.Analyse.Factoren.Select(f => new object?[]
            {
                f.Code, f.Label, f.KeerAlsSuccesfactor, f.KeerAlsBelemmering, f.Met, f.Zonder, f.GoedMet, f.SlechtMet,
                Rond(f.GemiddeldMet, 2), Rond(f.GemiddeldZonder, 2), f.VerschilInterval is null ? null : Rond(f.Verschil, 2), Rond(f.VerschilInterval?.Onder, 2), Rond(f.VerschilInterval?.Boven, 2), f.OordeelTekst,
            })],
            "buurtselectie" => [.. g.Beoordelingen.Select(b => new object?[] { b.Code, b.Naam, b.WijkNaam, b.Geschikt, b.Score, g.Gekozen.Any(k => k.Code == b.Code) })],
            _ => [],
        };

        string[] kolommen = naam switch
        {
            "initiatieven-per-buurt" => ["buurtcode", "buurtnaam", "status", "aantal"],
            "doorlooptijden" => ["stap", "aantal", "mediaan_dagen", "gemiddeld_dagen", "p90_dagen"],
            "doorlooptijden-taken" => ["rol", "aantal", "mediaan_dagen", "gemiddeld_dagen", "p90_dagen", "aandeel_op_tijd"],
            "knelpunten" => ["stap", "nu_wachtend", "mediaan_wachttijd_nu_dagen", "langste_wachttijd_nu_dagen", "mediaan_doorlooptijd_dagen"],
            "verlopen-taken" => ["rol", "open", "te_laat", "oudste_dagen_te_laat"],
            "ondersteuning" => ["groep", "besloten", "ondersteund", "aandeel", "interval_onder", "interval_boven"],
            "factoren" => ["code", "label", "keer_succesfactor", "keer_belemmering", "met", "zonder", "goed_met", "slecht_met", "gemiddeld_met", "gemiddeld_zonder", "verschil", "interval_onder", "interval_boven", "oordeel"],
            "buurtselectie" => ["buurtcode", "buurtnaam", "wijk", "geschikt", "score", "gekozen"],
            _ => [],
        };

        return Datasets.TryGetValue(naam, out var omschrijving) ? new Tabel(naam, omschrijving, kolommen, rijen) : null;
    }

    /// <summary>RFC 4180 CSV with a header row, invariant numbers, UTF-8.</summary>
    public static string Csv(Tabel tabel)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", tabel.Kolommen.Select(Veld))).Append("\r\n");
        foreach (var rij in tabel.Rijen)
        {
            sb.Append(string.Join(",", rij.Select(w => Veld(Tekst(w))))).Append("\r\n");
        }

        return sb.ToString();
    }

    public static string Json(Tabel tabel, DateTime peilmoment) => JsonSerializer.Serialize(new
    {
        dataset = tabel.Naam,
        omschrijving = tabel.Omschrijving,
        peilmoment,
        kolommen = tabel.Kolommen,
        rijen = tabel.Rijen.Select(r => tabel.Kolommen.Select((k, i) => (k, v: r[i])).ToDictionary(x => x.k, x => x.v)).ToList(),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static double? Rond(double? waarde, int decimalen = 1) => waarde is { } w ? Math.Round(w, decimalen) : null;

    private static string Tekst(object? waarde) => waarde switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => waarde.ToString() ?? "",
    };

    private static string Veld(string tekst) =>
        tekst.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + tekst.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : tekst;
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Gebieden;

/// <summary>
/// Imports a CBS StatLine CSV export (semicolon-separated, quoted, <c>.</c> for a missing value,
/// region codes GM/WK/BU right-padded with spaces, Latin-1 or UTF-8) into Gemeente, Wijk and Buurt.
/// Existing regions are matched on their code and updated; nothing else is touched.
/// </summary>
public sealed class CbsStatLineImporter(ParticipatieDbContext db)
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<CbsImportResult> ImportAsync(string path, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new CbsImportException($"{path}: bestand niet gevonden.");
        }

        var rows = Parse(path, DecodeText(await File.ReadAllBytesAsync(path, ct)), out var warnings, out var skipped);
        return await StoreAsync(rows, warnings, skipped, progress, ct);
    }

    /// <summary>StatLine exports are UTF-8 nowadays but older ones are Latin-1: take UTF-8 when the bytes are valid UTF-8.</summary>
    internal static string DecodeText(byte[] bytes)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    internal sealed record Regel(CbsRegioCode Code, string Naam, int? Jaar, Dictionary<int, double> Waarden);

    internal static List<Regel> Parse(string path, string text, out List<string> warnings, out int skipped)
    {
        warnings = [];
        skipped = 0;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            HasHeaderRecord = true,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, config);
        if (!csv.Read())
        {
            throw new CbsImportException($"{path}: het bestand is leeg.");
        }

        var headers = csv.Record!;
        if (headers.Length < 2)
        {
            throw new CbsImportException($"{path}:1: geen puntkomma-gescheiden StatLine-bestand (één kolom gevonden).");
        }

        var codeColumn = CbsKolommen.Find(headers, CbsKolommen.Code);
        if (codeColumn < 0)
        {
            throw new CbsImportException($"{path}:1: kolom met de regiocode (GM/WK/BU) ontbreekt; gevonden kolommen: {string.Join(", ", headers)}.");
        }

        var naamColumn = CbsKolommen.Find(headers, CbsKolommen.Naam);
        var periodeColumn = CbsKolommen.Find(headers, CbsKolommen.Perioden);
        var indicatorColumns = CbsKolommen.Indicatoren.Select(i => CbsKolommen.Find(headers, i.Headers)).ToArray();
        if (indicatorColumns.All(c => c < 0))
        {
            warnings.Add($"{path}:1: geen bekende indicatorkolommen; alleen namen en codes worden ingelezen.");
        }

        var rows = new List<Regel>();
        while (csv.Read())
        {
            var line = csv.Row;
            var record = csv.Record!;
            if (record.Length == 1 && string.IsNullOrWhiteSpace(record[0]))
            {
                continue;
            }

            if (codeColumn >= record.Length || !CbsRegioCode.TryParse(record[codeColumn], out var code))
            {
                skipped++;
                warnings.Add($"{path}:{line}: regel overgeslagen, geen geldige regiocode '{(codeColumn < record.Length ? record[codeColumn].Trim() : "")}'.");
                continue;
            }

            var waarden = new Dictionary<int, double>();
            for (var i = 0; i < indicatorColumns.Length; i++)
            {
                var column = indicatorColumns[i];
                if (column >= 0 && column < record.Length && TryParseNumber(record[column], out var value))
                {
                    waarden[i] = value;
                }
            }

            var naam = naamColumn >= 0 && naamColumn < record.Length ? record[naamColumn].Trim() : code.Value.Code;
            int? jaar = periodeColumn >= 0 && periodeColumn < record.Length && TryParseYear(record[periodeColumn], out var y) ? y : null;
            rows.Add(new Regel(code.Value, naam, jaar, waarden));
        }

        // A file with several periods holds each region more than once: keep the latest.
        return rows.GroupBy(r => r.Code.Code).Select(g => g.OrderBy(r => r.Jaar ?? 0).Last()).ToList();
    }

    /// <summary>CBS writes missing or secret values as <c>.</c> (also <c>x</c>, <c>?</c> or <c>-</c>); numbers use a decimal point.</summary>
    internal static bool TryParseNumber(string text, out double value)
    {
        var trimmed = text.Trim();
        value = 0;
        if (trimmed is "" or "." or "x" or "?" or "-")
        {
            return false;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseYear(string text, out int year)
    {
        // "2019" or the typed form "2019JJ00".
        var digits = new string(text.Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    private async Task<CbsImportResult> StoreAsync(List<Regel> rows, List<string> warnings, int skipped, IProgress<(int, int)>? progress, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var gemeenten = await db.Gemeenten.ToDictionaryAsync(g => g.Code, ct);
        var wijken = await db.Wijken.ToDictionaryAsync(w => w.Code, ct);
        var buurten = await db.Buurten.ToDictionaryAsync(b => b.Code, ct);
        var names = rows.ToDictionary(r => r.Code.Code, r => r.Naam);
        var done = 0;
        int gemeenteCount = 0, wijkCount = 0, buurtCount = 0;

        // Parents first, so every buurt finds its wijk and every wijk its gemeente.
        foreach (var row in rows.OrderBy(r => r.Code.Soort))
        {
            ct.ThrowIfCancellationRequested();
            switch (row.Code.Soort)
            {
                case CbsRegioSoort.Gemeente:
                    Gemeente(row.Code.Code).Naam = row.Naam;
                    gemeenteCount++;
                    break;
                case CbsRegioSoort.Wijk:
                    Wijk(row.Code.Code).Naam = row.Naam;
                    wijkCount++;
                    break;
                case CbsRegioSoort.Buurt:
                    var wijk = Wijk(row.Code.WijkCode!);
                    if (!buurten.TryGetValue(row.Code.Code, out var buurt))
                    {
                        buurt = new Buurt { Code = row.Code.Code, Naam = row.Naam, Wijk = wijk };
                        buurten[buurt.Code] = buurt;
                        db.Buurten.Add(buurt);
                    }

                    buurt.Naam = row.Naam;
                    buurt.Wijk = wijk;
                    buurt.Peiljaar = row.Jaar ?? buurt.Peiljaar;
                    foreach (var (index, value) in row.Waarden)
                    {
                        CbsKolommen.Indicatoren[index].Zet(buurt, value);
                    }

                    buurtCount++;
                    break;
            }

            progress?.Report((++done, rows.Count));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CbsImportResult(gemeenteCount, wijkCount, buurtCount, skipped, warnings);

        Gemeente Gemeente(string code)
        {
            if (!gemeenten.TryGetValue(code, out var gemeente))
            {
                gemeente = new Gemeente { Code = code, Naam = names.GetValueOrDefault(code, code) };
                gemeenten[code] = gemeente;
                db.Gemeenten.Add(gemeente);
            }

            return gemeente;
        }

        Wijk Wijk(string code)
        {
            if (!wijken.TryGetValue(code, out var wijk))
            {
                wijk = new Wijk { Code = code, Naam = names.GetValueOrDefault(code, code), Gemeente = Gemeente("GM" + code.Substring(2, 4)) };
                wijken[code] = wijk;
                db.Wijken.Add(wijk);
            }

            return wijk;
        }
    }
}

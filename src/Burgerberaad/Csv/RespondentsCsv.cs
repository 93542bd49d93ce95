using Participatie.Burgerberaad.Diagnostics;
using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Csv;

/// <summary>
/// The stratification-app respondents file: an <c>id</c> column plus one column per feature of the categories
/// (header = feature name). Other columns (for example <c>signup_order</c>, an e-mail address) are kept but never
/// used by the selection.
/// </summary>
public static class RespondentsCsv
{
    /// <summary>Reads the file and checks it against <paramref name="categories"/>: every feature has a column and every value is listed.</summary>
    public static ReadResult<RespondentPool> Read(TextReader reader, Categories categories, string? file = null) =>
        Read(reader, file, categories);

    /// <summary>Reads the file without checking features (for tooling that only copies it).</summary>
    public static ReadResult<RespondentPool> Read(TextReader reader, string? file = null) => Read(reader, file, null);

    private static ReadResult<RespondentPool> Read(TextReader reader, string? file, Categories? categories)
    {
        var (records, diagnostics) = CsvTable.Read(reader, file);
        if (records.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.EmptyFile, "het bestand is leeg; verwacht een kopregel met id en de kenmerken.",
                new DiagnosticLocation(file, 1)));
            return new ReadResult<RespondentPool>(null, diagnostics);
        }
        var header = records[0];
        var index = CsvTable.HeaderIndex(header, file, diagnostics);
        if (!index.TryGetValue(RespondentPool.IdHeader, out var idColumn))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingColumn, "kolom 'id' ontbreekt in de kopregel.",
                new DiagnosticLocation(file, header.Line)));
            return new ReadResult<RespondentPool>(null, diagnostics);
        }
        var featureColumns = new List<(string Feature, int Column)>();
        if (categories is not null)
        {
            foreach (var feature in categories.Features)
            {
                // Headers match case-insensitively; the categories' spelling is what the selection uses.
                if (index.TryGetValue(feature, out var column))
                {
                    featureColumns.Add((feature, column));
                }
                else
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingFeatureColumn,
                        $"kenmerk '{feature}' uit de categorieën heeft geen kolom in de kopregel.", new DiagnosticLocation(file, header.Line)));
                }
            }
        }

        var headers = header.Fields.ToArray();
        var respondents = new List<Respondent>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != headers.Length)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedRow,
                    $"de regel heeft {record.Fields.Count} velden, de kopregel {headers.Length}.", new DiagnosticLocation(file, record.Line)));
                continue;
            }
            var id = record.Fields[idColumn];
            if (id.Length == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.EmptyField, "'id' is leeg.",
                    new DiagnosticLocation(file, record.Line, idColumn + 1, headers[idColumn])));
                continue;
            }
            if (ids.TryGetValue(id, out var firstLine))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateId, $"id '{id}' staat al op regel {firstLine}.",
                    new DiagnosticLocation(file, record.Line, idColumn + 1, headers[idColumn])));
                continue;
            }
            ids[id] = record.Line;
            var columns = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                columns.TryAdd(headers[i], record.Fields[i]);
            }
            foreach (var (feature, column) in featureColumns)
            {
                var value = record.Fields[column];
                columns[feature] = value;
                if (categories!.IndexOf(feature, value) < 0)
                {
                    var known = categories.ValuesOf(feature).Select(q => q.Value).ToList();
                    var hint = known.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase)) is { } near
                        ? $" Bedoelt u '{near}'? Waarden moeten precies gelijk zijn."
                        : "";
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownValue,
                        $"respondent '{id}': waarde '{value}' komt bij kenmerk '{feature}' niet voor in de categorieën ({string.Join(", ", known)}).{hint}",
                        new DiagnosticLocation(file, record.Line, column + 1, headers[column])));
                }
            }
            respondents.Add(new Respondent(id, columns));
        }
        return diagnostics.Count == 0
            ? new ReadResult<RespondentPool>(new RespondentPool(headers, respondents), diagnostics)
            : new ReadResult<RespondentPool>(null, diagnostics);
    }

    /// <summary>Writes the header and every respondent's fields in header order.</summary>
    public static void Write(RespondentPool pool, TextWriter writer)
    {
        CsvTable.WriteRecord(writer, pool.Headers);
        foreach (var respondent in pool.Respondents)
        {
            CsvTable.WriteRecord(writer, pool.Headers.Select(h =>
                string.Equals(h, RespondentPool.IdHeader, StringComparison.OrdinalIgnoreCase) ? respondent.Id : respondent.Columns.GetValueOrDefault(h, "")));
        }
    }
}

using System.Globalization;
using Participatie.Burgerberaad.Diagnostics;
using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Csv;

/// <summary>
/// The stratification-app categories file: header <c>feature,value,min,max</c> (any order, any case; other
/// columns such as <c>min_flex</c> are ignored), one line per feature value.
/// </summary>
public static class CategoriesCsv
{
    private static readonly string[] Required = ["feature", "value", "min", "max"];

    public static ReadResult<Categories> Read(TextReader reader, string? file = null)
    {
        var (records, diagnostics) = CsvTable.Read(reader, file);
        if (records.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.EmptyFile, "het bestand is leeg; verwacht de kopregel feature,value,min,max.",
                new DiagnosticLocation(file, 1)));
            return new ReadResult<Categories>(null, diagnostics);
        }
        var header = records[0];
        var index = CsvTable.HeaderIndex(header, file, diagnostics);
        var missing = Required.Where(r => !index.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingColumn,
                $"kolom {string.Join(", ", missing.Select(m => $"'{m}'"))} ontbreekt; verwacht de kopregel feature,value,min,max.",
                new DiagnosticLocation(file, header.Line)));
            return new ReadResult<Categories>(null, diagnostics);
        }

        var quotas = new List<Quota>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Fields.Count)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedRow,
                    $"de regel heeft {record.Fields.Count} velden, de kopregel {header.Fields.Count}.", new DiagnosticLocation(file, record.Line)));
                continue;
            }
            string Field(string name) => record.Fields[index[name]];
            DiagnosticLocation At(string name) => new(file, record.Line, index[name] + 1, name);

            var feature = Field("feature");
            var value = Field("value");
            var ok = true;
            foreach (var name in new[] { "feature", "value" })
            {
                if (Field(name).Length == 0)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.EmptyField, $"'{name}' is leeg.", At(name)));
                    ok = false;
                }
            }
            var min = Number("min");
            var max = Number("max");
            if (ok && min is { } lo && max is { } hi)
            {
                if (lo > hi)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.MinAboveMax,
                        $"{feature}={value}: min {lo} is groter dan max {hi}.", At("min")));
                }
                else if (seen.TryGetValue((feature, value), out var firstLine))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.Duplicate,
                        $"{feature}={value} staat al op regel {firstLine}.", At("value")));
                }
                else
                {
                    seen[(feature, value)] = record.Line;
                    quotas.Add(new Quota(feature, value, lo, hi));
                }
            }

            int? Number(string name)
            {
                var text = Field(name);
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    return n;
                }
                // Spreadsheets sometimes write whole numbers as 3.0.
                if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                    && d == Math.Floor(d) && d <= int.MaxValue)
                {
                    return (int)d;
                }
                diagnostics.Add(new Diagnostic(DiagnosticCodes.BadNumber,
                    $"'{name}' moet een geheel getal van 0 of meer zijn, niet '{text}'.", At(name)));
                return null;
            }
        }
        if (diagnostics.Count == 0 && quotas.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.EmptyFile, "het bestand heeft geen quota onder de kopregel.",
                new DiagnosticLocation(file, header.Line)));
        }
        return diagnostics.Count == 0
            ? new ReadResult<Categories>(new Categories(quotas), diagnostics)
            : new ReadResult<Categories>(null, diagnostics);
    }

    /// <summary>Writes <c>feature,value,min,max</c> and one line per quota, in order.</summary>
    public static void Write(Categories categories, TextWriter writer)
    {
        CsvTable.WriteRecord(writer, Required);
        foreach (var quota in categories.Quotas)
        {
            CsvTable.WriteRecord(writer, [quota.Feature, quota.Value,
                quota.Min.ToString(CultureInfo.InvariantCulture), quota.Max.ToString(CultureInfo.InvariantCulture)]);
        }
    }
}

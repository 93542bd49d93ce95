using System.Text;
using Participatie.Burgerberaad.Diagnostics;

namespace Participatie.Burgerberaad.Csv;

/// <summary>
/// RFC 4180 CSV as spreadsheets write it: comma separated, fields in double quotes may hold commas, quotes
/// (doubled) and line breaks; a UTF-8 byte order mark is skipped; blank lines are skipped; fields are trimmed.
/// </summary>
internal static class CsvTable
{
    public static (List<CsvRecord> Records, List<Diagnostic> Diagnostics) Read(TextReader reader, string? file)
    {
        var records = new List<CsvRecord>();
        var diagnostics = new List<Diagnostic>();
        var text = reader.ReadToEnd();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        var quoteLine = 0;

        void EndField()
        {
            fields.Add(wasQuoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            wasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }
            fields.Clear();
        }

        while (position < text.Length)
        {
            var ch = text[position++];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (position < text.Length && text[position] == '"')
                    {
                        field.Append('"');
                        position++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.ToString().Trim().Length == 0 && !wasQuoted:
                    field.Clear();
                    quoted = true;
                    wasQuoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (wasQuoted && !char.IsWhiteSpace(ch))
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedRow,
                            "tekst na het sluitende aanhalingsteken van een veld.", new DiagnosticLocation(file, line, fields.Count + 1)));
                    }
                    else if (!wasQuoted)
                    {
                        field.Append(ch);
                    }
                    break;
            }
        }
        if (quoted)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedRow,
                "aanhalingsteken wordt niet gesloten.", new DiagnosticLocation(file, quoteLine, fields.Count + 1)));
        }
        else if (fields.Count > 0 || field.Length > 0 || wasQuoted)
        {
            EndRecord();
        }
        return (records, diagnostics);
    }

    /// <summary>Writes one record, quoting fields that need it.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var value in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }
            first = false;
            if (value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value != value.Trim())
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }
        writer.Write("\r\n");
    }

    /// <summary>Header name → field index (case-insensitive), with a diagnostic for a header that appears twice.</summary>
    public static Dictionary<string, int> HeaderIndex(CsvRecord header, string? file, List<Diagnostic> diagnostics)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i];
            if (name.Length == 0)
            {
                continue;
            }
            if (!index.TryAdd(name, i))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.Duplicate, $"kolom '{name}' staat twee keer in de kopregel.",
                    new DiagnosticLocation(file, header.Line, i + 1, name)));
            }
        }
        return index;
    }
}

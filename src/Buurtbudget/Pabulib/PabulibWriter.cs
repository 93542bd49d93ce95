using System.Text;
using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Pabulib;

/// <summary>
/// Writes pabulib files: sections META (with a <c>key;value</c> header), PROJECTS and VOTES,
/// <c>;</c>-separated, a field in double quotes when it holds <c>;</c>, a quote or surrounding spaces.
/// </summary>
public static class PabulibWriter
{
    public static void Write(PabulibFile file, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("META\n");
        writer.Write("key;value\n");
        foreach (var pair in file.Meta)
        {
            WriteRow(writer, [pair.Key, pair.Value]);
        }
        writer.Write("PROJECTS\n");
        WriteRow(writer, file.ProjectColumns);
        foreach (var row in file.ProjectRows)
        {
            WriteRow(writer, row.Fields);
        }
        writer.Write("VOTES\n");
        WriteRow(writer, file.VoteColumns);
        foreach (var row in file.VoteRows)
        {
            WriteRow(writer, row.Fields);
        }
    }

    /// <summary>Writes an election built in code; see <see cref="PabulibFile.FromElection"/>.</summary>
    public static void Write(Election election, TextWriter writer, IEnumerable<KeyValuePair<string, string>>? meta = null) =>
        Write(PabulibFile.FromElection(election, meta), writer);

    public static string WriteToString(PabulibFile file)
    {
        using var writer = new StringWriter();
        Write(file, writer);
        return writer.ToString();
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(';');
            }
            line.Append(Quote(fields[i]));
        }
        line.Append('\n');
        writer.Write(line.ToString());
    }

    private static string Quote(string field)
    {
        if (field.IndexOfAny([';', '"', '\n', '\r']) < 0 && field.Trim().Length == field.Length)
        {
            return field;
        }
        if (field.IndexOfAny(['\n', '\r']) >= 0)
        {
            throw new ArgumentException("A pabulib field cannot hold a line break.", nameof(field));
        }
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

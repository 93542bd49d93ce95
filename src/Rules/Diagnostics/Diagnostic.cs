using System.Globalization;
using System.Text;
using Participatie.Rules.Text;

namespace Participatie.Rules.Diagnostics;

/// <summary>
/// One problem found while reading, checking or compiling rules. <see cref="Span"/> is the range in
/// the expression text (or in the file when there is no expression); <see cref="Column"/> is the
/// 1-based column in the expression.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, TextSpan Span, string Message)
{
    public DiagnosticLocation? Location { get; init; }

    /// <summary>1-based column of <see cref="Span"/> inside the expression, if this is an expression problem.</summary>
    public int? Column { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public Diagnostic WithLocation(DiagnosticLocation location) => this with { Location = location };

    /// <summary>One line: <c>file(line,col): fout RE0101 in workflow 'w', regel 'r', Expression kolom 5: message</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var loc = Location;
        if (loc?.File is { } file)
        {
            sb.Append(file);
            if (loc.FileLine is { } line)
            {
                sb.Append('(').Append(line.ToString(CultureInfo.InvariantCulture));
                if (loc.FileColumn is { } fc)
                {
                    sb.Append(',').Append(fc.ToString(CultureInfo.InvariantCulture));
                }
                sb.Append(')');
            }
            sb.Append(": ");
        }
        sb.Append(Severity == DiagnosticSeverity.Error ? "fout " : "waarschuwing ").Append(Code);
        var parts = new List<string>();
        if (loc?.Workflow is { } wf)
        {
            parts.Add($"workflow '{wf}'");
        }
        if (loc?.Rule is { } rule)
        {
            parts.Add($"regel '{rule}'");
        }
        if (loc?.Field is { } field)
        {
            parts.Add(Column is { } c ? $"{field} kolom {c.ToString(CultureInfo.InvariantCulture)}" : field);
        }
        else if (Column is { } c2)
        {
            parts.Add($"kolom {c2.ToString(CultureInfo.InvariantCulture)}");
        }
        if (parts.Count > 0)
        {
            sb.Append(" in ").Append(string.Join(", ", parts));
        }
        sb.Append(": ").Append(Message);
        return sb.ToString();
    }
}

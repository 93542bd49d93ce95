using System.Globalization;
using System.Text;

namespace Participatie.Burgerberaad.Diagnostics;

/// <summary>
/// One problem with the input of a selection: a bad line in a CSV file, an unknown value, or quotas that
/// cannot be met together. <see cref="Location"/> says where, when the problem sits in a file.
/// </summary>
public sealed record Diagnostic(string Code, string Message, DiagnosticLocation? Location = null)
{
    /// <summary>A warning does not stop the selection (for example: the time limit was reached); an error does.</summary>
    public bool IsWarning { get; init; }

    /// <summary>One line: <c>file(line,col): fout BB0105: message</c> (<c>waarschuwing</c> for a warning).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Location is { } location)
        {
            sb.Append(location.File ?? "invoer");
            if (location.Line is { } line)
            {
                sb.Append('(').Append(line.ToString(CultureInfo.InvariantCulture));
                if (location.Column is { } column)
                {
                    sb.Append(',').Append(column.ToString(CultureInfo.InvariantCulture));
                }
                sb.Append(')');
            }
            sb.Append(": ");
        }
        return sb.Append(IsWarning ? "waarschuwing " : "fout ").Append(Code).Append(": ").Append(Message).ToString();
    }
}

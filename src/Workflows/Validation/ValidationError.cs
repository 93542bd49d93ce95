using System.Text;

namespace Participatie.Workflows.Validation;

/// <summary>
/// A located validation error: which definition, which activity (id and name), which input, and for expressions
/// the line and column inside the expression text.
/// </summary>
public sealed record ValidationError(
    string Code,
    string Message,
    string? DefinitionId = null,
    string? ActivityId = null,
    string? ActivityName = null,
    string? Input = null,
    int? Line = null,
    int? Column = null)
{
    /// <summary>File or source the definition came from (set by tooling).</summary>
    public string? Source { get; init; }

    /// <summary>One line: <c>source: definition/activity (name).input:line:col: CODE message</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Source is not null) sb.Append(Source).Append(": ");
        sb.Append(DefinitionId ?? "?");
        if (ActivityId is not null)
        {
            sb.Append('/').Append(ActivityId);
            if (ActivityName is not null && ActivityName != ActivityId) sb.Append(" (").Append(ActivityName).Append(')');
        }
        if (Input is not null) sb.Append('.').Append(Input);
        if (Line is not null) sb.Append(':').Append(Line).Append(':').Append(Column ?? 0);
        sb.Append(": ").Append(Code).Append(' ').Append(Message);
        return sb.ToString();
    }
}

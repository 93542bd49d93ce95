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
    /// <summary>
    /// Which message this is, for translations: <see cref="Code"/> unless a code has several messages
    /// (<see cref="ValidationMessageKeys"/>). With <see cref="Arguments"/> a host can say the same in another language.
    /// </summary>
    public string MessageKey { get; init; } = Code;

    /// <summary>The values in <see cref="Message"/> by name (type, activity, detail, …), for a translated message.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();

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

using System.Globalization;

namespace Participatie.Buurtbudget.Pabulib;

/// <summary>
/// A problem in a pabulib file at 1-based <paramref name="Line"/> and <paramref name="Column"/>
/// (column 0: the whole line or the file). Messages are Dutch, for the people who fix the file.
/// </summary>
public sealed record PabulibDiagnostic(string Code, PabulibSeverity Severity, int Line, int Column, string Message)
{
    public bool IsError => Severity == PabulibSeverity.Error;

    /// <summary>Set by the reader when it was given a file name.</summary>
    public string? File { get; init; }

    /// <summary><c>file(line,col): fout PB0204: message</c>.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var where = Column > 0 ? string.Create(c, $"({Line},{Column})") : string.Create(c, $"({Line})");
        var kind = IsError ? "fout" : "waarschuwing";
        return $"{File ?? "pabulib"}{where}: {kind} {Code}: {Message}";
    }
}

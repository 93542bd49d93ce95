namespace Participatie.Burgerberaad.Diagnostics;

/// <summary>
/// Where a problem sits: the file name (as the caller named it), the 1-based line and the 1-based column
/// (the field number in the CSV row, counting from 1) and the column header when known.
/// </summary>
public sealed record DiagnosticLocation(string? File, int? Line = null, int? Column = null, string? Header = null);

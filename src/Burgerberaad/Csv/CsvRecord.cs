namespace Participatie.Burgerberaad.Csv;

/// <summary>One CSV record: its fields (trimmed) and the 1-based line on which it starts.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

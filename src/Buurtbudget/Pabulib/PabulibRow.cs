namespace Participatie.Buurtbudget.Pabulib;

/// <summary>One data row of the PROJECTS or VOTES section as read: its fields (trimmed, unquoted) and its line (0 when built in code).</summary>
public sealed record PabulibRow(IReadOnlyList<string> Fields, int Line = 0);

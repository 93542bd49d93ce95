namespace Participatie.Rules.Tooling;

/// <summary>Arguments of <c>rules run</c>: inputs are (name or null, file) pairs; unnamed ones become input1..inputN by position.</summary>
public sealed record RunOptions(string File, string Workflow, IReadOnlyList<(string? Name, string File)> Inputs, string? SettingsFile = null);

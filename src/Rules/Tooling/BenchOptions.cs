namespace Participatie.Rules.Tooling;

/// <summary>Arguments of <c>rules bench</c>.</summary>
public sealed record BenchOptions(string File, string Workflow, string InputsFile, int Repeat, string? SettingsFile = null);

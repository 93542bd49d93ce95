namespace Participatie.Rules.Tooling;

/// <summary>Arguments of <c>rules bench</c>.</summary>
/// <param name="InputsFile">JSON lines whose values are input1, input2, … by position (a line that is an array gives several); or null.</param>
/// <param name="NamedInputs">JSON-lines files by input name (<c>--input buurt=buurten.jsonl</c>): line i of each is that input of evaluation i.</param>
public sealed record BenchOptions(string File, string Workflow, string? InputsFile, int Repeat, string? SettingsFile = null, IReadOnlyList<(string Name, string File)>? NamedInputs = null);

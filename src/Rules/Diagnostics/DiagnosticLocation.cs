namespace Participatie.Rules.Diagnostics;

/// <summary>
/// Where a problem sits in a rule set: the file, the position in that file, the workflow, the
/// rule and the field (for example <c>Expression</c> or <c>LocalParams[model1]</c>).
/// </summary>
public sealed record DiagnosticLocation(
    string? File = null,
    int? FileLine = null,
    int? FileColumn = null,
    string? Workflow = null,
    string? Rule = null,
    string? Field = null);

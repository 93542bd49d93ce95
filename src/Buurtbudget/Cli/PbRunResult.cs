using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Pabulib;

namespace Participatie.Buurtbudget.Cli;

/// <summary>
/// What <c>pb run</c> produced: <see cref="ExitCode"/> 0 with the JSON line and the outcome, or 1
/// with the diagnostics that explain why the file could not be counted (print them to stderr,
/// one per line). Warnings can come with a successful result.
/// </summary>
public sealed record PbRunResult(int ExitCode, string? Json, Outcome? Outcome, IReadOnlyList<PabulibDiagnostic> Diagnostics)
{
    public bool Succeeded => ExitCode == 0;
}

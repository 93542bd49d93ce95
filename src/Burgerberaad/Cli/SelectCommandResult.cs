using Participatie.Burgerberaad.Diagnostics;
using Participatie.Burgerberaad.Lottery;
using Participatie.Burgerberaad.Selection;

namespace Participatie.Burgerberaad.Cli;

/// <summary>
/// The JSON line (null when the files are invalid or the quotas conflict), the problems found (with a JSON line:
/// only warnings, such as BB0302 for a reached time limit), and for callers that
/// want more than the line: the selection outcome and the drawn panel with its reserves.
/// </summary>
public sealed record SelectCommandResult(string? Json, IReadOnlyList<Diagnostic> Diagnostics, SelectionOutcome? Outcome, DrawnPanel? Drawn = null)
{
    public bool Succeeded => Json is not null;
}

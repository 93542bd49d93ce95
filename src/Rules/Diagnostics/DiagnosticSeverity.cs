namespace Participatie.Rules.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}

using Participatie.Rules.Diagnostics;
using Participatie.Rules.Model;

namespace Participatie.Rules.Loading;

/// <summary>The workflows read from one file or text, with every problem found while reading and checking them.</summary>
public sealed record RuleSetDocument(string? File, IReadOnlyList<Workflow> Workflows, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

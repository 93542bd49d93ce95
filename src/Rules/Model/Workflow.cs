namespace Participatie.Rules.Model;

/// <summary>A named list of rules (RulesEngine's workflow), optionally with global parameters and injected workflows.</summary>
public sealed record Workflow
{
    public string WorkflowName { get; init; } = string.Empty;

    public IReadOnlyList<string>? WorkflowsToInject { get; init; }

    public IReadOnlyList<ScopedParam>? GlobalParams { get; init; }

    public IReadOnlyList<Rule> Rules { get; init; } = [];

    /// <summary>The file the workflow was read from, if any.</summary>
    public string? SourceFile { get; init; }

    public SourcePosition? Position { get; init; }
}

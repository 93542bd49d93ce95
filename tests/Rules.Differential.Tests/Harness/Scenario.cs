namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>
/// One differential case: rule set JSON, what to run and with which inputs and settings. Both engines
/// register <see cref="WorkflowsJson"/> (and <see cref="ExtraWorkflowsJson"/>) the way their tests do —
/// structure checks only, expression errors per rule — then run <see cref="WorkflowName"/>.
/// </summary>
public sealed record Scenario
{
    public required string Name { get; init; }

    /// <summary>One workflow object or an array of them.</summary>
    public required string WorkflowsJson { get; init; }

    /// <summary>Registered after <see cref="WorkflowsJson"/>, e.g. a workflow that injects another.</summary>
    public IReadOnlyList<string> ExtraWorkflowsJson { get; init; } = [];

    /// <summary>Only these workflows of the file are registered (all when empty).</summary>
    public IReadOnlyList<string> Register { get; init; } = [];

    public required string WorkflowName { get; init; }

    public IReadOnlyList<DifferentialInput> Inputs { get; init; } = [];

    public EngineOptions Options { get; init; } = EngineOptions.Default;

    /// <summary>When set, <c>ExecuteActionWorkflow(WorkflowName, ActionRule, inputs)</c> instead of ExecuteAllRules.</summary>
    public string? ActionRule { get; init; }

    /// <summary>How many times to run on the same engine and the same input values (state between runs matters).</summary>
    public int Runs { get; init; } = 1;

    public override string ToString() => Name;
}

/// <summary>A rule result in a form both engines can be compared in.</summary>
/// <param name="ActionOutput">The action's output, canonically written (see <see cref="Canonical"/>), or null.</param>
/// <param name="ErrorMessageTemplate">The rule's ErrorMessage as written, to tell placeholder differences from others.</param>
/// <param name="Source">The rule's Expression and its actions' expressions as written, to tell what a disagreement is about.</param>
/// <param name="Children">Null when the engine gives null (leaf rules, and rules that failed before their children ran).</param>
public sealed record ResultNode(
    string RuleName,
    bool IsSuccess,
    string ExceptionMessage,
    string? ActionOutput,
    string? ActionException,
    IReadOnlyList<ResultNode>? Children,
    string? ErrorMessageTemplate = null,
    string? Source = null);

/// <summary>What one engine did with a scenario: results per run, or the exception it threw.</summary>
public sealed record RunOutcome(IReadOnlyList<IReadOnlyList<ResultNode>> Runs, ThrownKind? Thrown, string? ThrownMessage)
{
    public static RunOutcome Of(IReadOnlyList<IReadOnlyList<ResultNode>> runs) => new(runs, null, null);

    public static RunOutcome Threw(ThrownKind kind, string message, IReadOnlyList<IReadOnlyList<ResultNode>> runsBefore) => new(runsBefore, kind, message);
}

/// <summary>The exceptions the upstream contract names; anything else is <see cref="Other"/>.</summary>
public enum ThrownKind
{
    /// <summary>Registration refused: upstream throws RuleValidationException, ours returns diagnostics (difference 4).</summary>
    RegistrationRefused,
    RuleException,
    ArgumentException,
    OperationCanceled,

    /// <summary>The engine could not take the inputs at all (upstream: converting an ExpandoObject to its generated class failed).</summary>
    InputRejected,
    Other,
}

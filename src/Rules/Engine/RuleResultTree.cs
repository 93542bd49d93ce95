using Participatie.Rules.Model;

namespace Participatie.Rules.Engine;

/// <summary>
/// The outcome of one rule, shaped like the rule tree: success, the explanation when it failed
/// (<see cref="ExceptionMessage"/>: the formatted ErrorMessage or what went wrong), the inputs and
/// parameters it saw, its action's result and the results of its child rules.
/// </summary>
public sealed class RuleResultTree
{
    internal RuleResultTree(Rule rule, bool isSuccess, string exceptionMessage, IReadOnlyDictionary<string, object?> inputs, IReadOnlyList<RuleResultTree>? childResults)
    {
        Rule = rule;
        IsSuccess = isSuccess;
        ExceptionMessage = exceptionMessage;
        Inputs = inputs;
        ChildResults = childResults;
    }

    public Rule Rule { get; }

    public bool IsSuccess { get; }

    /// <summary>Empty on success; otherwise the explanation.</summary>
    public string ExceptionMessage { get; internal set; }

    /// <summary>Inputs, global parameters and local parameters in scope, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, object?> Inputs { get; }

    /// <summary>Null for leaf rules.</summary>
    public IReadOnlyList<RuleResultTree>? ChildResults { get; }

    public ActionResult? ActionResult { get; internal set; }

    /// <summary>The success event when the rule succeeded (the rule name when it has none), else null.</summary>
    public string? SuccessEventOrName => IsSuccess ? Rule.SuccessEvent ?? Rule.RuleName : null;

    /// <summary>All messages of failed rules in this tree, top-down.</summary>
    public IEnumerable<string> FailureMessages()
    {
        if (!IsSuccess && !string.IsNullOrEmpty(ExceptionMessage))
        {
            yield return ExceptionMessage;
        }
        foreach (var child in ChildResults ?? [])
        {
            foreach (var message in child.FailureMessages())
            {
                yield return message;
            }
        }
    }

    public override string ToString() => $"{Rule.RuleName}: {(IsSuccess ? "waar" : "onwaar")}{(string.IsNullOrEmpty(ExceptionMessage) ? string.Empty : " — " + ExceptionMessage)}";
}

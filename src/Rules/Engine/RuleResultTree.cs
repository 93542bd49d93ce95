using Participatie.Rules.Model;

namespace Participatie.Rules.Engine;

/// <summary>
/// The outcome of one rule, shaped like the rule tree: success, the explanation when it failed
/// (<see cref="ExceptionMessage"/>: the formatted ErrorMessage or what went wrong), the inputs and
/// parameters it saw, its action's result and the results of its child rules.
/// </summary>
public sealed class RuleResultTree
{
    private readonly CompiledRule _compiled;
    private readonly object?[] _frame;
    private IReadOnlyDictionary<string, object?>? _inputs;

    internal RuleResultTree(CompiledRule compiled, bool isSuccess, string exceptionMessage, object?[] frame, IReadOnlyList<RuleResultTree>? childResults)
    {
        _compiled = compiled;
        IsSuccess = isSuccess;
        _exceptionMessage = exceptionMessage;
        _frame = frame;
        ChildResults = childResults;
    }

    internal CompiledRule Compiled => _compiled;

    public Rule Rule => _compiled.Rule;

    public bool IsSuccess { get; }

    private string _exceptionMessage;
    private bool _formatPending;

    /// <summary>Empty on success; otherwise the explanation (ErrorMessage placeholders are filled on first read).</summary>
    public string ExceptionMessage
    {
        get
        {
            if (_formatPending)
            {
                _exceptionMessage = ErrorMessageFormatter.Format(_compiled.Rule.ErrorMessage ?? string.Empty, Inputs);
                _formatPending = false;
            }
            return _exceptionMessage;
        }
        internal set
        {
            _exceptionMessage = value;
            _formatPending = false;
        }
    }

    /// <summary>Marks the ErrorMessage to be formatted when it is first read (formatting costs more than the rule).</summary>
    internal void FormatErrorMessageLazily() => _formatPending = true;

    /// <summary>Inputs, global parameters and local parameters in scope, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, object?> Inputs => _inputs ??= new FrameView(_compiled.VisibleNames, _compiled.VisibleSlots, _frame);

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
        if (ChildResults is { } children)
        {
            foreach (var child in children)
            {
                foreach (var message in child.FailureMessages())
                {
                    yield return message;
                }
            }
        }
    }

    public override string ToString() => $"{Rule.RuleName}: {(IsSuccess ? "waar" : "onwaar")}{(string.IsNullOrEmpty(ExceptionMessage) ? string.Empty : " — " + ExceptionMessage)}";
}

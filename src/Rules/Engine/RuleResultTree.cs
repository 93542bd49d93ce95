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
    private readonly RuleOutcome[]? _childOutcomes;
    private readonly ulong _childSuccesses;
    private readonly int _childCount;
    private readonly bool _childrenRan;
    private readonly bool _formatMessages;

    /// <summary>
    /// What is made only when asked for (children, the inputs view, an action's result): kept out of the tree itself, so a bulk
    /// run that reads only IsSuccess allocates less per rule.
    /// </summary>
    private sealed class Later
    {
        public IReadOnlyList<RuleResultTree>? Children;
        public IReadOnlyDictionary<string, object?>? Inputs;
        public ActionResult? ActionResult;
    }

    private Later? _later;

    private Later More => _later ??= new Later();

    internal RuleResultTree(CompiledRule compiled, in RuleOutcome outcome, object?[] frame, bool formatMessages)
    {
        _compiled = compiled;
        IsSuccess = outcome.Success;
        _exceptionMessage = outcome.Message;
        _frame = frame;
        _childOutcomes = outcome.Children;
        _childSuccesses = outcome.ChildSuccesses;
        _childCount = outcome.ChildCount;
        _childrenRan = outcome.ChildrenRan;
        _formatMessages = formatMessages;
        if (formatMessages && !outcome.Success && compiled.Rule.ErrorMessage is { } message && outcome.Message.Length == 0)
        {
            if (compiled.ErrorMessageTemplate is not null)
            {
                _formatPending = true;
            }
            else
            {
                _exceptionMessage = message;
            }
        }
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
                _exceptionMessage = _compiled.ErrorMessageTemplate!.Format(_compiled.VisibleNames, _compiled.VisibleSlots, _frame);
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


    /// <summary>Inputs, global parameters and local parameters in scope, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, object?> Inputs => More.Inputs ??= new FrameView(_compiled.VisibleNames, _compiled.VisibleSlots, _frame);

    /// <summary>
    /// Null for leaf rules, and for a nested rule that failed before its children ran (its parameters could not be
    /// compiled or evaluated), as upstream. Built on first access from the compact outcomes recorded while running.
    /// </summary>
    public IReadOnlyList<RuleResultTree>? ChildResults
    {
        get
        {
            if (_compiled.Children is null || !_childrenRan)
            {
                return null;
            }
            if (_later?.Children is { } made)
            {
                return made;
            }
            var children = new RuleResultTree[_childCount];
            var outcome = new RuleOutcome { Children = _childOutcomes, ChildSuccesses = _childSuccesses };
            for (var i = 0; i < _childCount; i++)
            {
                children[i] = new RuleResultTree(_compiled.Children[i], outcome.Child(i), _frame, _formatMessages);
            }
            More.Children = children;
            return children;
        }
    }

    public ActionResult? ActionResult
    {
        get => _later?.ActionResult;
        internal set => More.ActionResult = value;
    }

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

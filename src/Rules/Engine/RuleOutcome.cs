namespace Participatie.Rules.Engine;

/// <summary>
/// The compact outcome of one rule while a workflow runs; child result trees are built from it on demand. The children of a
/// nested rule that all simply succeeded or failed (no message, no children of their own) are kept as bits, so a nested
/// rule over leaves allocates nothing; otherwise (or beyond 64 children) as an array.
/// </summary>
internal struct RuleOutcome
{
    public bool Success;
    public string Message;

    /// <summary>True when the rule's children ran (a nested rule that failed before them has none, not even an empty list).</summary>
    public bool ChildrenRan;

    /// <summary>The children's outcomes when some child has more to tell than success; else null and see <see cref="ChildSuccesses"/>.</summary>
    public RuleOutcome[]? Children;

    public int ChildCount;

    /// <summary>Bit i is child i's success, when <see cref="Children"/> is null.</summary>
    public ulong ChildSuccesses;

    public RuleOutcome(bool success, string message)
    {
        Success = success;
        Message = message;
    }

    /// <summary>A leaf-like outcome: success or failure and nothing more, so it fits in one bit.</summary>
    public readonly bool IsPlain => Message.Length == 0 && !ChildrenRan;

    public readonly RuleOutcome Child(int index) =>
        Children is { } children ? children[index] : new RuleOutcome((ChildSuccesses & (1UL << index)) != 0, string.Empty);
}

namespace Participatie.Rules.Engine;

/// <summary>The compact outcome of one rule while a workflow runs; child result trees are built from it on demand.</summary>
internal struct RuleOutcome
{
    public bool Success;
    public string Message;
    public RuleOutcome[]? Children;
    public int ChildCount;

    public RuleOutcome(bool success, string message, RuleOutcome[]? children = null, int childCount = 0)
    {
        Success = success;
        Message = message;
        Children = children;
        ChildCount = childCount;
    }
}

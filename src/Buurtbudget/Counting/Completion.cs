namespace Participatie.Buurtbudget.Counting;

/// <summary>What the Method of Equal Shares does with budget it leaves unspent.</summary>
public enum Completion
{
    /// <summary>Nothing: the outcome of one run with the budget divided equally.</summary>
    None,

    /// <summary>
    /// Add1 (equalshares.net's recommended completion): start every voter at the whole currency units
    /// of their equal share, then raise every voter's budget by one unit per step while the outcome is
    /// not exhaustive and the next outcome still fits in the real budget.
    /// </summary>
    Add1,

    /// <summary>Add1, then fund the remaining projects greedily by approvals while they fit (equalshares.net's "Add1U").</summary>
    Add1Utilitarian,
}

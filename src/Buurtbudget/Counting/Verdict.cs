namespace Participatie.Buurtbudget.Counting;

/// <summary>What happened to a project in a count.</summary>
public enum Verdict
{
    /// <summary>Funded by the counting rule itself.</summary>
    Selected,

    /// <summary>Funded by the greedy fill after Add1 (<see cref="Completion.Add1Utilitarian"/>).</summary>
    SelectedByCompletion,

    /// <summary>Greedy: the project cost more than the budget left when its turn came.</summary>
    DoesNotFit,

    /// <summary>Equal Shares: its supporters' remaining money was less than its cost.</summary>
    Unaffordable,

    /// <summary>Nobody voted for it; such projects are never funded.</summary>
    NoVotes,

    /// <summary>Equal Shares: it costs nothing; like the reference implementation the method leaves it out.</summary>
    ZeroCost,
}

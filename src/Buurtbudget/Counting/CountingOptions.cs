namespace Participatie.Buurtbudget.Counting;

/// <summary>
/// A counting rule. <see cref="Utility"/> and <see cref="Completion"/> apply to the Method of Equal
/// Shares only; greedy ignores them.
/// </summary>
public sealed record CountingOptions(
    CountingMethod Method,
    UtilityKind Utility = UtilityKind.Cost,
    Completion Completion = Completion.None)
{
    public static CountingOptions Greedy { get; } = new(CountingMethod.Greedy);

    /// <summary>
    /// False when <see cref="Utility"/> is only the default (no <c>--utility</c> given): <c>pb run</c>
    /// then counts a points file with <see cref="UtilityKind.Points"/> instead of refusing it.
    /// </summary>
    public bool UtilityGiven { get; init; } = true;
}

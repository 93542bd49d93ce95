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
}

using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Counting;

/// <summary>Counts an approval election with a counting rule. The entry point of the library for code.</summary>
public static class Counter
{
    /// <summary>
    /// Counts <paramref name="election"/> (approval ballots; see <see cref="Election.AsApproval"/>).
    /// Deterministic: ties go to the ordinally first project id.
    /// </summary>
    /// <exception cref="ArgumentException">The election does not have approval ballots.</exception>
    public static Outcome Count(Election election, CountingOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        var input = new CountingInput(election);
        return options.Method switch
        {
            CountingMethod.Greedy => GreedyCount.Count(input, options),
            CountingMethod.EqualShares => EqualSharesCount.Count(input, options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown counting method."),
        };
    }
}

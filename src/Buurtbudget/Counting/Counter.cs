using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Counting;

/// <summary>Counts an approval or points election with a counting rule. The entry point of the library for code.</summary>
public static class Counter
{
    /// <summary>
    /// Counts <paramref name="election"/>: approval ballots, or points ballots (<see cref="VoteType.Cumulative"/>;
    /// greedy by total points, Equal Shares only with <see cref="UtilityKind.Points"/>). Ranked and
    /// scoring ballots: see <see cref="Election.AsApproval"/>. Deterministic: ties go to the ordinally first project id.
    /// </summary>
    /// <exception cref="ArgumentException">Ranked or scoring ballots, or a utility that does not fit the ballots (see <see cref="Unsupported"/>).</exception>
    public static Outcome Count(Election election, CountingOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        if (Unsupported(election.VoteType, options) is { } reason)
        {
            throw new ArgumentException(reason, nameof(options));
        }
        var input = new CountingInput(election);
        return options.Method switch
        {
            CountingMethod.Greedy => GreedyCount.Count(input, options),
            CountingMethod.EqualShares => EqualSharesCount.Count(input, options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown counting method."),
        };
    }

    /// <summary>
    /// Why this combination of ballot and rule cannot be counted (a Dutch sentence), or null. Equal
    /// Shares values a project on a points ballot by the points given (<see cref="UtilityKind.Points"/>);
    /// cost or cardinality utilities would throw the points away, and an approval ballot has no points.
    /// </summary>
    public static string? Unsupported(VoteType voteType, CountingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Method != CountingMethod.EqualShares)
        {
            return null;
        }
        return (voteType, options.Utility) switch
        {
            (VoteType.Cumulative, not UtilityKind.Points) =>
                $"Gelijke delen (mes) telt puntenstemmen met de punten als nut (--utility points); utility {options.Utility.ToString().ToLowerInvariant()} zou de punten weggooien.",
            (VoteType.Approval, UtilityKind.Points) =>
                "Utility points past alleen bij puntenstemmen (vote_type cumulative); dit zijn goedkeuringsstemmen: kies cost of cardinality.",
            _ => null,
        };
    }
}

namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// How the LEXIMIN computation went: levels solved (each fixes at least one group's probability), master-LP solves
/// (each followed by one pricing integer program), compositions generated, and the time in each part (the local-search heuristic and the exact pricing integer program apart).
/// </summary>
public sealed record SolverStatistics(int Levels, int PricingRounds, int Columns, TimeSpan CoverTime, TimeSpan MasterTime, TimeSpan HeuristicTime, TimeSpan PricingTime)
{
    /// <summary>How often a master LP grew past <see cref="LeximinOptions.MaxActiveColumns"/> and was rebuilt over fewer columns.</summary>
    public int MasterRebuilds { get; init; }

    /// <summary>The time limit stopped the computation: the levels after the last proven one are a lower bound.</summary>
    public bool TimedOut { get; init; }

    /// <summary>
    /// Whether the LEXIMIN of the LP relaxation was reached by a lottery (then it is the answer, found without the
    /// level-by-level column generation); false when it was proven unreachable; null when not tried or stopped by the
    /// time limit.
    /// </summary>
    public bool? RelaxationTight { get; init; }

    /// <summary>Time spent on the LEXIMIN of the LP relaxation (its levels' LPs).</summary>
    public TimeSpan RelaxationTime { get; init; }
}

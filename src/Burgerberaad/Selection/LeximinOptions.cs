namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// How the LEXIMIN computation runs. The defaults give the exact LEXIMIN; only <see cref="TimeLimit"/> can trade
/// exactness for time (see docs/burgerberaad.md, "Time limit").
/// </summary>
public sealed record LeximinOptions
{
    /// <summary>
    /// Stop after this long with the best LEXIMIN prefix found: the levels proven so far are exact, the types still
    /// open all get the current level's value (a lower bound on their LEXIMIN probability). Null: no limit.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// First try to reach the LEXIMIN of the LP relaxation with a lottery over integer compositions (exact when it
    /// succeeds; otherwise the level-by-level computation follows). On by default; off only to compare both paths.
    /// </summary>
    public bool RelaxationFirst { get; init; } = true;

    /// <summary>Wentges smoothing factor of the pricing step (0: off; 0.5 by default).</summary>
    public double Smoothing { get; init; } = 0.5;

    /// <summary>Above this many columns the master LP is rebuilt over the useful ones (the others stay in the pool).</summary>
    public int MaxActiveColumns { get; init; } = 1500;
}

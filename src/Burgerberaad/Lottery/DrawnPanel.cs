namespace Participatie.Burgerberaad.Lottery;

/// <summary>
/// The outcome of a draw: the panel (ids in respondents-file order), the reserves in the order they are called,
/// the seed, and which composition of <see cref="Selection.LeximinResult.Distribution"/> was drawn.
/// </summary>
public sealed record DrawnPanel(long Seed, int CompositionIndex, IReadOnlyList<string> Panel, IReadOnlyList<string> Reserves);

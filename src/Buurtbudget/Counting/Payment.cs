namespace Participatie.Buurtbudget.Counting;

/// <summary><paramref name="Voters"/> supporters each paid <paramref name="Amount"/> (rounded to 6 decimals for display).</summary>
public sealed record Payment(decimal Amount, int Voters);

namespace Participatie.Buurtbudget.Counting;

/// <summary>
/// One fixed-endowment run of the Method of Equal Shares: approval ballots
/// (<see cref="EqualSharesRun{T}"/>) or points ballots (<see cref="PointsEqualSharesRun{T}"/>).
/// Returns <c>null</c> when the number type cannot decide a comparison; the caller recounts exactly.
/// </summary>
internal interface IEqualSharesRun
{
    EqualSharesRunResult? Run(decimal total, long voters, bool explain);
}

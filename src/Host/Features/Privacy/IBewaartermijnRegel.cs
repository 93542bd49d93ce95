namespace Participatie.Host.Features.Privacy;

/// <summary>
/// A feature's own retention rule: erases the personal data whose period has ended and writes one audit entry
/// (<see cref="InzageLog.Systeem"/>) per erasure. <see cref="BewaartermijnBewaking"/> runs every registered rule in its
/// daily round (and at start-up), under its cross-node lock, each in its own scope. Implementations are scoped.
/// </summary>
public interface IBewaartermijnRegel
{
    /// <summary>Erases what is due and saves; returns how many records were erased.</summary>
    Task<int> PasToeAsync(CancellationToken ct);
}

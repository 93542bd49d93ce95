namespace Participatie.Host.Nodes;

/// <summary>
/// Short signals from one Host node to the others on the same database: "conversation X has new activities",
/// "rule set Y was published". On PostgreSQL they travel by NOTIFY/LISTEN (<see cref="PostgresSignals"/>); on the
/// embedded SQLite there is one node, which has handled its own change already, so nothing travels
/// (<see cref="InProcessSignals"/>). A signal only says where to look; the data is read from the database, so a lost
/// signal delays, never loses, anything.
/// </summary>
public interface INodeSignals
{
    /// <summary>Whether signals reach other processes.</summary>
    bool SpansNodes { get; }

    /// <summary>Tells the other nodes; a failure is logged, not thrown (the periodic sweeps are the safety net).</summary>
    Task PublishAsync(string channel, string payload, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="handler"/> with each signal another node sends on <paramref name="channel"/>, on the
    /// listener's thread (keep it short), and with null after the listener reconnected: signals may have been missed.
    /// </summary>
    IDisposable Subscribe(string channel, Action<string?> handler);
}

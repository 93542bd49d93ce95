namespace Participatie.Host.Nodes;

/// <summary>One node (the embedded SQLite database): the node that made a change has acted on it, no one else to tell.</summary>
public sealed class InProcessSignals : INodeSignals
{
    public bool SpansNodes => false;

    public Task PublishAsync(string channel, string payload, CancellationToken cancellationToken) => Task.CompletedTask;

    public IDisposable Subscribe(string channel, Action<string?> handler) => NoSubscription.Instance;

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}

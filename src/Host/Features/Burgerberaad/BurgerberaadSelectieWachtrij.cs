using System.Threading.Channels;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>Selections asked for on this node, waiting for <see cref="BurgerberaadSelectieVerwerker"/>. The database's status is the truth; this only wakes the worker.</summary>
public sealed class BurgerberaadSelectieWachtrij
{
    private readonly Channel<int> kanaal = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    public void Plaats(int beraadId) => kanaal.Writer.TryWrite(beraadId);

    public IAsyncEnumerable<int> LeesAsync(CancellationToken ct) => kanaal.Reader.ReadAllAsync(ct);
}

using System.Collections.Concurrent;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Chat;

/// <summary>
/// One turn at a time per conversation: the bot must not run two turns of the same conversation at
/// once, and stored activities must get their sequence numbers in order. Different conversations
/// never wait for each other. Turns of one conversation first queue in this process; on several nodes (PostgreSQL)
/// the turn at the head of the queue then takes the conversation's lock across nodes as well, so two messages that
/// reach two nodes are still processed one after the other.
/// </summary>
public sealed class ConversationLocks(INodeLocks nodeLocks)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = entries.GetOrAdd(conversationId, _ => new Entry());
            lock (entry)
            {
                if (!entry.Removed)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            await ReleaseAsync(conversationId, entry, held: false, acrossNodes: null);
            throw;
        }

        IAsyncDisposable? acrossNodes = null;
        if (nodeLocks.SpansNodes)
        {
            try
            {
                acrossNodes = await nodeLocks.AcquireAsync("gesprek:" + conversationId, cancellationToken);
            }
            catch
            {
                await ReleaseAsync(conversationId, entry, held: true, acrossNodes: null);
                throw;
            }
        }

        return new Handle(this, conversationId, entry, acrossNodes);
    }

    private async ValueTask ReleaseAsync(string conversationId, Entry entry, bool held, IAsyncDisposable? acrossNodes)
    {
        if (acrossNodes is not null)
        {
            // Across nodes first, then the next turn in this process.
            await acrossNodes.DisposeAsync();
        }

        if (held)
        {
            entry.Semaphore.Release();
        }

        lock (entry)
        {
            // The last user removes the entry so the dictionary does not grow with every conversation ever seen.
            if (--entry.Users == 0)
            {
                entry.Removed = true;
                entries.TryRemove(new KeyValuePair<string, Entry>(conversationId, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
        public bool Removed { get; set; }
    }

    private sealed class Handle(ConversationLocks owner, string conversationId, Entry entry, IAsyncDisposable? acrossNodes) : IAsyncDisposable
    {
        private int disposed;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref disposed, 1) == 0 ? owner.ReleaseAsync(conversationId, entry, held: true, acrossNodes) : ValueTask.CompletedTask;
    }
}

using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Participatie.Host.Features.Chat;

/// <summary>
/// Tells open WebSocket streams that a conversation has new activities. It carries only the new
/// watermark; the stream reads the activities from the store, so nothing is lost when a signal is.
/// </summary>
public sealed class ConversationStreamHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<int>>> subscribers = new(StringComparer.Ordinal);

    public Subscription Subscribe(string conversationId)
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        subscribers.GetOrAdd(conversationId, _ => new ConcurrentDictionary<Guid, Channel<int>>())[id] = channel;
        return new Subscription(channel.Reader, () =>
        {
            if (subscribers.TryGetValue(conversationId, out var set))
            {
                set.TryRemove(id, out _);
            }
        });
    }

    public void Publish(string conversationId, int watermark)
    {
        if (subscribers.TryGetValue(conversationId, out var set))
        {
            foreach (var channel in set.Values)
            {
                channel.Writer.TryWrite(watermark);
            }
        }
    }

    public sealed class Subscription(ChannelReader<int> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<int> Signals { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}

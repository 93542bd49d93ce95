using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Chat;

/// <summary>
/// Tells open WebSocket streams that a conversation has new activities. It carries only the new
/// watermark; the stream reads the activities from the store, so nothing is lost when a signal is.
/// With several nodes the socket may be held by another node than the one that wrote the activity: the writer
/// signals the other nodes (<see cref="NodeChannels.Gesprekken"/>), and each node wakes its own streams.
/// </summary>
public sealed class ConversationStreamHub : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<int>>> subscribers = new(StringComparer.Ordinal);
    private readonly INodeSignals signals;
    private readonly IDisposable fromOtherNodes;

    public ConversationStreamHub(INodeSignals signals)
    {
        this.signals = signals;
        fromOtherNodes = signals.Subscribe(NodeChannels.Gesprekken, OnSignal);
    }

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

    /// <summary>Wakes this node's streams of the conversation and tells the other nodes to wake theirs.</summary>
    public async Task PublishAsync(string conversationId, int watermark, CancellationToken ct)
    {
        Publish(conversationId, watermark);
        if (signals.SpansNodes)
        {
            await signals.PublishAsync(NodeChannels.Gesprekken, conversationId + ":" + watermark.ToString(CultureInfo.InvariantCulture), ct);
        }
    }

    /// <summary>Wakes this node's streams of the conversation.</summary>
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

    private void OnSignal(string? payload)
    {
        if (payload is null)
        {
            // Signals may have been missed: every stream reads from its own watermark, which costs one query each.
            foreach (var conversationId in subscribers.Keys)
            {
                Publish(conversationId, 0);
            }

            return;
        }

        var colon = payload.LastIndexOf(':');
        if (colon > 0 && int.TryParse(payload.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark))
        {
            Publish(payload[..colon], watermark);
        }
    }

    public void Dispose() => fromOtherNodes.Dispose();

    public sealed class Subscription(ChannelReader<int> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<int> Signals { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}

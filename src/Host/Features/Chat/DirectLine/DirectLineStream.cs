using System.Net.WebSockets;
using Participatie.Host.Features.Chat;

namespace Participatie.Host.Features.Chat.DirectLine;

/// <summary>
/// The WebSocket at <c>streamUrl</c>: on connect it replays every activity after the watermark, then
/// pushes each new activity set as <c>{"activities":[…],"watermark":"N"}</c>. The client sends nothing;
/// closing the socket ends the stream.
/// </summary>
public static class DirectLineStream
{
    public static async Task<IResult> HandleAsync(
        string conversationId, string? t, string? watermark, HttpContext http,
        DirectLineTokenService tokens, ConversationStore store, ConversationStreamHub hub)
    {
        var ct = http.RequestAborted;
        var (conversation, _, error) = await DirectLineApi.AuthorizeAsync(conversationId, http.Request, tokens, store, ct, bearer: t ?? DirectLineApi.ReadBearer(http.Request));
        if (error is not null)
        {
            return error;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResponses.Error(StatusCodes.Status400BadRequest, "BadArgument", "Dit adres verwacht een WebSocket-verbinding.");
        }

        // Subscribe before the replay so nothing that arrives in between is missed.
        using var subscription = hub.Subscribe(conversation!.Id);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var receiving = DrainAsync(socket, closed);
        var sent = DirectLineApi.ParseWatermark(watermark) ?? 0;
        try
        {
            sent = await SendSinceAsync(socket, store, conversation.Id, sent, closed.Token);
            while (!closed.IsCancellationRequested)
            {
                await subscription.Signals.WaitToReadAsync(closed.Token);
                while (subscription.Signals.TryRead(out _))
                {
                }

                sent = await SendSinceAsync(socket, store, conversation.Id, sent, closed.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Client went away or the host is stopping.
        }
        catch (WebSocketException)
        {
            // The connection broke; the client reconnects with its watermark.
        }

        await receiving;
        try
        {
            // Finish the close handshake whichever side started it.
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }

        return Results.Empty;
    }

    private static async Task<int> SendSinceAsync(WebSocket socket, ConversationStore store, string conversationId, int watermark, CancellationToken ct)
    {
        var (activities, next) = await store.ReadSinceAsync(conversationId, watermark, ct);
        if (activities.Count > 0)
        {
            await socket.SendAsync(DirectLineResponses.ActivitySet(activities, next), WebSocketMessageType.Text, endOfMessage: true, ct);
        }

        return next;
    }

    /// <summary>Reads (and ignores) what the client sends, to notice when it closes.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Participatie.Workflows.Tests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (a port the system picks) for SendHttpRequest tests: it records each request
/// and answers with <see cref="Respond"/>; <see cref="Hang"/> keeps it from answering at all.
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");
    public List<string> Requests { get; } = [];
    public Func<string, (int Status, string ContentType, string Body)> Respond { get; set; } = _ => (200, "text/plain", "ok");
    public bool Hang { get; set; }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var buffer = new byte[64 * 1024];
            var text = new StringBuilder();
            while (!text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0) return;
                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
            var head = text.ToString();
            var length = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } line ? int.Parse(line.Split(':')[1].Trim()) : 0;
            while (Encoding.UTF8.GetByteCount(head[(head.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]) < length)
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0) break;
                head += Encoding.UTF8.GetString(buffer, 0, read);
            }
            lock (Requests) Requests.Add(head);
            if (Hang)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }
            var (status, contentType, body) = Respond(head);
            var bytes = Encoding.UTF8.GetBytes(body);
            var response = $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\nSet-Cookie: session=geheim\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
            await stream.WriteAsync(bytes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}

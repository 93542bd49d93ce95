using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Participatie.Workflows.Http;

/// <summary>
/// Sends requests under an <see cref="HttpSendPolicy"/>: the host must be listed; the connection is made to an
/// address this sender resolved and checked itself (no second look-up a DNS rebinding could change); no proxy, no
/// redirects (a redirect could lead off the list); a time-out and a response size limit.
/// </summary>
public sealed class GuardedHttpSender : IWorkflowHttpSender
{
    private readonly HttpSendPolicy _policy;
    private readonly Func<HttpClient> _client;

    /// <summary>A sender with its own client on <see cref="CreateHandler"/>.</summary>
    public GuardedHttpSender(HttpSendPolicy policy)
    {
        _policy = policy;
        var client = new HttpClient(CreateHandler(policy)) { Timeout = Timeout.InfiniteTimeSpan };
        _client = () => client;
    }

    /// <summary>A sender on clients from the Host's factory (their primary handler must be <see cref="CreateHandler"/>).</summary>
    public GuardedHttpSender(HttpSendPolicy policy, Func<HttpClient> client)
    {
        _policy = policy;
        _client = client;
    }

    /// <summary>The handler that refuses internal addresses at connect time.</summary>
    public static SocketsHttpHandler CreateHandler(HttpSendPolicy policy) => new()
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = policy.Timeout,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var refused = addresses.Where(a => !policy.IsAddressAllowed(a)).ToList();
            // One internal address among public ones is enough to refuse: which one is used is not ours to choose.
            if (addresses.Length == 0 || refused.Count > 0)
                throw new HttpSendRefusedException($"{host} resolves to {string.Join(", ", refused)}, an internal address that is not allowed (Participatie:Werkstromen:Http:AllowedPrivateNetworks).");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public async Task<HttpSendResult> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new HttpSendRefusedException("The request has no URL.");
        if (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https"))
            throw new HttpSendRefusedException($"'{uri}' is not an absolute http or https URL.");
        if (!_policy.IsHostAllowed(uri.IdnHost))
            throw new HttpSendRefusedException($"Host {uri.IdnHost} is not on the allow-list (Participatie:Werkstromen:Http:AllowedHosts).");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_policy.Timeout);
        try
        {
            using var response = await _client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.Content.Headers.ContentLength > _policy.MaxResponseBytes)
                throw new HttpSendRefusedException($"The response of {uri.IdnHost} is {response.Content.Headers.ContentLength} bytes, more than the limit of {_policy.MaxResponseBytes}.");
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > _policy.MaxResponseBytes)
                    throw new HttpSendRefusedException($"The response of {uri.IdnHost} is larger than the limit of {_policy.MaxResponseBytes} bytes.");
                buffer.Write(chunk, 0, read);
            }
            var charset = response.Content.Headers.ContentType?.CharSet;
            var encoding = charset is null ? Encoding.UTF8 : SafeEncoding(charset);
            var headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
            return new HttpSendResult((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), headers);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpSendRefusedException($"{uri.IdnHost} did not answer within {_policy.Timeout.TotalSeconds:0.#} s.", ex);
        }
        catch (HttpRequestException ex) when (ex.InnerException is HttpSendRefusedException refused)
        {
            throw new HttpSendRefusedException(refused.Message, ex);
        }
    }

    private static Encoding SafeEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}

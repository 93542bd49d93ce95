using System.Net;
using System.Net.Sockets;

namespace Participatie.Workflows.Http;

/// <summary>
/// Where SendHttpRequest may go (beheer configures it in the Host): only to listed hosts, and never to a private,
/// loopback, link-local or otherwise internal address unless that network is listed too; checked on the address
/// actually connected to, so a listed name that resolves to an internal address is refused as well.
/// </summary>
public sealed record HttpSendPolicy
{
    /// <summary>Host names or IP literals that may be called; <c>*.example.nl</c> allows every subdomain. Empty: none.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
    /// <summary>Internal networks that may be reached after all (CIDR, e.g. <c>127.0.0.1/32</c> for a local test server).</summary>
    public IReadOnlyList<string> AllowedPrivateNetworks { get; init; } = [];
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Largest response body read; a larger one fails the request.</summary>
    public long MaxResponseBytes { get; init; } = 1024 * 1024;

    public bool IsHostAllowed(string host)
    {
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        foreach (var entry in AllowedHosts.Select(h => h.Trim().TrimEnd('.').ToLowerInvariant()))
        {
            if (entry == host) return true;
            if (entry.StartsWith("*.", StringComparison.Ordinal) && host.EndsWith(entry[1..], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Whether a connection to <paramref name="address"/> is allowed: public, or internal and listed.</summary>
    public bool IsAddressAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (!IsInternal(address)) return true;
        return AllowedPrivateNetworks.Any(n => IPNetwork.TryParse(n.Trim(), out var network) && network.Contains(address));
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local (incl. cloud metadata 169.254.169.254), CGNAT, unspecified, multicast, reserved.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
                || InternalV6.Any(n => n.Contains(address));
        return InternalV4.Any(n => n.Contains(address));
    }

    private static readonly IPNetwork[] InternalV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
    ];

    private static readonly IPNetwork[] InternalV6 = [IPNetwork.Parse("64:ff9b::/96"), IPNetwork.Parse("100::/64"), IPNetwork.Parse("2001:db8::/32")];
}

using System.Net;
using System.Net.Sockets;

namespace Participatie.Host.Security;

/// <summary>
/// The client's address as a key for limits: the connection's address after the trusted-proxy step. An IPv6 client is
/// keyed by its /64 network, because one subscriber usually holds a whole /64 and could otherwise use a fresh address
/// for every attempt.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Key(context.Connection.RemoteIpAddress);

    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "onbekend";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

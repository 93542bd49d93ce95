using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Participatie.Host.Options;

namespace Participatie.Host.Security;

/// <summary>
/// Behind a TLS-terminating proxy the client's address and scheme arrive in X-Forwarded-For/-Proto. Anyone can send
/// those headers, so they are honoured only when the connection comes from a proxy listed in
/// <c>Participatie:TrustedProxies</c> (addresses or CIDR networks). Nothing listed: the headers are ignored, and the
/// framework's default of trusting loopback is switched off too.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ParticipatieOptions>>((forwarded, participatie) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            // Walk back through X-Forwarded-For as long as each hop is a listed proxy; stop at the first that is not.
            forwarded.ForwardLimit = null;
            foreach (var entry in participatie.Value.TrustedProxies)
            {
                if (IPAddress.TryParse(entry, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
                else
                {
                    throw new OptionsValidationException(nameof(ParticipatieOptions.TrustedProxies), typeof(ParticipatieOptions),
                        [$"Participatie:TrustedProxies: '{entry}' is geen IP-adres of netwerk (zoals 10.0.0.0/8)."]);
                }
            }
        });
        return services;
    }

    /// <summary>Adds the framework's ForwardedHeaders middleware when proxies are listed. Must run before anything reads the scheme or address.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        // Without listed proxies the middleware is left out entirely: with empty lists it would trust every sender.
        var listed = app.ApplicationServices.GetRequiredService<IOptions<ParticipatieOptions>>().Value.TrustedProxies;
        if (listed.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}

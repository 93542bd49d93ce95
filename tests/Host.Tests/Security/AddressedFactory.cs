using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// The host in memory on a clock the test moves, where each request can say which client address it comes from
/// (header <see cref="AddressHeader"/>): the in-memory server has no connection, so no address of its own.
/// </summary>
public sealed class AddressedFactory() : ParticipatieFactory("Development", clock: new ManualClock(TimeProvider.System.GetUtcNow()))
{
    public const string AddressHeader = "X-Test-Client-Address";

    public ManualClock ManualClock => (ManualClock)Clock!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    public async Task<HttpResponseMessage> LoginAsync(string address, string username, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { username, password }) };
        request.Headers.Add(AddressHeader, address);
        return await CreateClient().SendAsync(request);
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

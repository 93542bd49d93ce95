using Microsoft.Extensions.Options;
using Participatie.Workflows;
using Participatie.Workflows.Http;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Gives SendHttpRequest the guarded sender (beheer's allow-list, no internal addresses unless listed, time-out, size
/// limit) on a client from <see cref="IHttpClientFactory"/>, and the journal its body limit.
/// </summary>
public sealed class WerkstroomHttp(IOptions<WerkstroomHttpOptions> options, IHttpClientFactory clients) : IWorkflowEngineExtension
{
    public const string ClientName = "werkstromen-http";

    public static HttpSendPolicy Policy(WerkstroomHttpOptions options) => new()
    {
        AllowedHosts = options.AllowedHosts,
        AllowedPrivateNetworks = options.AllowedPrivateNetworks,
        Timeout = options.Timeout,
        MaxResponseBytes = options.MaxResponseBytes,
    };

    public void Configure(WorkflowEngineBuilder builder, IServiceProvider services)
    {
        builder.HttpSender = new GuardedHttpSender(Policy(options.Value), () => clients.CreateClient(ClientName));
        builder.Options.HttpJournalBodyLimit = options.Value.JournalBodyLimit;
    }

    public static IServiceCollection AddWerkstroomHttp(IServiceCollection services)
    {
        services.AddOptions<WerkstroomHttpOptions>().BindConfiguration(WerkstroomHttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(ClientName, c => c.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHttpSender.CreateHandler(Policy(sp.GetRequiredService<IOptions<WerkstroomHttpOptions>>().Value)));
        services.AddSingleton<IWorkflowEngineExtension, WerkstroomHttp>();
        return services;
    }
}

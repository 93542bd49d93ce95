using Participatie.Host.Features.Privacy;
using Participatie.Workflows;
using System.Threading.RateLimiting;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>Buurtbudget rounds: beleid sets them up, residents vote with the code from their letter, everyone sees the result.</summary>
public static class BuurtbudgetFeature
{
    public static IServiceCollection AddBuurtbudget(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BuurtbudgetService>();
        services.AddScoped<BuurtbudgetVoorstellen>();
        services.AddScoped<BuurtbudgetIndieners>();
        services.AddScoped<IPersoonsgegevensBron>(sp => sp.GetRequiredService<BuurtbudgetIndieners>());
        services.AddScoped<IBewaartermijnRegel>(sp => sp.GetRequiredService<BuurtbudgetIndieners>());
        services.AddSingleton<Participatie.Bot.Diensten.IBuurtbudgetDiensten, BuurtbudgetChatDiensten>();
        services.AddSingleton<BuurtbudgetRondeWorkflow>();
        services.AddSingleton<BuurtbudgetFaseOvergang>();
        services.AddSingleton<BuurtbudgetRondeHerstel>();
        services.AddHostedService(sp => sp.GetRequiredService<BuurtbudgetRondeHerstel>());
        services.AddWorkflowActivity<Buurtbudgetfase>();
        services.AddMemoryCache();
        services.AddOptions<BuurtbudgetOptions>().Bind(configuration.GetSection(BuurtbudgetOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // Codes carry 60 random bits, so guessing is hopeless anyway; this limit keeps one address from flooding the vote,
        // and Chat.CodePogingen limits wrong codes (brute force, one budget with the chat) without slowing residents behind one NAT.
        var perMinuut = configuration.GetSection(BuurtbudgetOptions.SectionName).Get<BuurtbudgetOptions>()?.StemmenPerMinuutPerAdres ?? new BuurtbudgetOptions().StemmenPerMinuutPerAdres;
        services.AddRateLimiter(options => options.AddPolicy(BuurtbudgetStemApi.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    public static IEndpointRouteBuilder MapBuurtbudget(this IEndpointRouteBuilder app)
    {
        app.MapBuurtbudgetBeheerApi();
        app.MapBuurtbudgetStemApi();
        app.MapBuurtbudgetVoorstellenApi();
        app.MapBuurtbudgetOpenData();
        app.MapBuurtbudgetImportApi();
        app.MapBuurtbudgetPages();
        return app;
    }
}

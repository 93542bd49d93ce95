using System.Threading.RateLimiting;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// Burgerberaad by lot (issue #22): beleid sets it up and invites a random sample of addresses, residents register with
/// the code from their letter, the engine (<c>src/Burgerberaad</c>) selects the panel in the background with the
/// announced seed, and everyone can check the result.
/// </summary>
public static class BurgerberaadFeature
{
    /// <summary>Registrations one client address may send per minute (a household shares an address).</summary>
    public const int AanmeldingenPerMinuutPerAdres = 30;

    public static IServiceCollection AddBurgerberaad(this IServiceCollection services)
    {
        services.AddScoped<BurgerberaadService>();
        services.AddScoped<BurgerberaadSelectie>();
        services.AddScoped<BurgerberaadPersoonsgegevens>();
        services.AddScoped<IBewaartermijnRegel>(sp => sp.GetRequiredService<BurgerberaadPersoonsgegevens>());
        services.AddScoped<IPersoonsgegevensBron, BurgerberaadAanmeldingBron>();
        services.AddSingleton<BurgerberaadSelectieWachtrij>();
        services.AddHostedService<BurgerberaadSelectieVerwerker>();
        services.AddSingleton<Participatie.Bot.Diensten.IBurgerberaadDiensten, BurgerberaadChatDiensten>();
        services.AddRateLimiter(options => options.AddPolicy(BurgerberaadPubliekApi.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = AanmeldingenPerMinuutPerAdres, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    public static IEndpointRouteBuilder MapBurgerberaad(this IEndpointRouteBuilder app)
    {
        app.MapBurgerberaadBeheerApi();
        app.MapBurgerberaadPubliekApi();
        app.MapBurgerberaadPages();
        return app;
    }
}

using Microsoft.AspNetCore.Authorization;

namespace Participatie.Host.Features.Privacy;

/// <summary>Who may see residents' contact data (by relationship to the initiative), its log, withdrawal and retention.</summary>
public static class PrivacyFeature
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.SectionName));
        services.AddScoped<InitiatiefToegang>();
        services.AddScoped<PersoonsgegevensBeheer>();
        services.AddSingleton<IAuthorizationHandler, InitiatiefAutorisatie>();
        services.AddSingleton<BewaartermijnBewaking>();
        services.AddHostedService(sp => sp.GetRequiredService<BewaartermijnBewaking>());
        // Votes and letters' codes in the chat transcript: redacted once their client has fetched them.
        services.AddSingleton<VertrouwelijkeChatOpruiming>();
        services.AddHostedService(sp => sp.GetRequiredService<VertrouwelijkeChatOpruiming>());
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app)
    {
        app.MapPrivacyApi();
        return app;
    }
}

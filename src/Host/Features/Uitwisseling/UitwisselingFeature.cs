using Participatie.Bot.Diensten;

namespace Participatie.Host.Features.Uitwisseling;

/// <summary>
/// Exchange between initiatives: similar initiatives from other wijken (theme and TF-IDF text similarity, explained),
/// putting initiators in touch with both consents asked in the chat, and uitwisselmomenten per theme.
/// </summary>
public static class UitwisselingFeature
{
    public static IServiceCollection AddUitwisseling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UitwisselingOptions>().Bind(configuration.GetSection(UitwisselingOptions.SectionName));
        services.AddSingleton<UitwisselingTeksten>();
        services.AddSingleton<Chat.IMeegeleverdeBerichtteksten>(sp => sp.GetRequiredService<UitwisselingTeksten>());
        services.AddScoped<VergelijkbareInitiatieven>();
        services.AddScoped<UitwisselingService>();
        services.AddSingleton<IUitwisselingDiensten, UitwisselingDiensten>();
        return services;
    }

    public static IEndpointRouteBuilder MapUitwisseling(this IEndpointRouteBuilder app)
    {
        app.MapUitwisselingApi();
        return app;
    }
}

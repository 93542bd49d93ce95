using Participatie.Bot.Diensten;
using Participatie.Host.Features.Privacy;
using Participatie.Workflows;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// Uitdaagrecht (right to challenge): residents ask in the chat to take over a municipal task; the shipped workflow
/// <c>uitdaagrecht</c> checks admissibility with the rule set of that name, routes assessment, the college's decision,
/// the agreement with its budget transfer and the yearly evaluation, and tells the residents at every step.
/// </summary>
public static class UitdaagrechtFeature
{
    public static IServiceCollection AddUitdaagrecht(this IServiceCollection services)
    {
        services.AddScoped<UitdaagrechtService>();
        services.AddScoped<IPersoonsgegevensBron, UitdaagrechtPersoonsgegevensBron>();
        services.AddSingleton<IUitdaagrechtDiensten, UitdaagrechtDiensten>();
        services.AddWorkflowActivity<ToetsUitdaagrecht>();
        services.AddWorkflowActivity<SetUitdaagrechtStatus>();
        services.AddWorkflowActivity<UitdaagrechtNotifyResident>();
        services.AddWorkflowActivity<LegUitdaagrechtVast>();
        services.AddSingleton<UitdaagrechtBewaartermijn>();
        services.AddHostedService(sp => sp.GetRequiredService<UitdaagrechtBewaartermijn>());
        services.AddSingleton<Taken.ITaakFormulieren, UitdaagrechtFormulieren>();
        services.AddSingleton<UitdaagrechtHerstel>();
        services.AddHostedService(sp => sp.GetRequiredService<UitdaagrechtHerstel>());
        return services;
    }

    public static IEndpointRouteBuilder MapUitdaagrecht(this IEndpointRouteBuilder app)
    {
        app.MapUitdaagrechtApi();
        return app;
    }
}

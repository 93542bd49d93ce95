using Participatie.Workflows;

namespace Participatie.Host.Features.Programmas;

/// <summary>Programmes: starting one runs its lifecycle workflow, which selects buurten and moves through its phases.</summary>
public static class ProgrammasFeature
{
    public static IServiceCollection AddProgrammas(this IServiceCollection services)
    {
        services.AddScoped<ProgrammaService>();
        services.AddWorkflowActivity<SelecteerBuurten>();
        services.AddWorkflowActivity<SetProgrammaFase>();
        return services;
    }

    public static IEndpointRouteBuilder MapProgrammas(this IEndpointRouteBuilder app)
    {
        app.MapProgrammasApi();
        return app;
    }
}

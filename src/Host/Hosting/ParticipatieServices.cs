using Participatie.Host.Data;
using Participatie.Host.DemoData;
using Participatie.Host.Features.Accounts;
using Participatie.Host.Features.Analyse;
using Participatie.Host.Features.Burgerberaad;
using Participatie.Host.Features.Buurtbudget;
using Participatie.Host.Features.Chat;
using Participatie.Host.Features.Gebieden;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Features.Privacy;
using Participatie.Host.Features.Programmas;
using Participatie.Host.Features.Regels;
using Participatie.Host.Features.Taken;
using Participatie.Host.Features.Uitdaagrecht;
using Participatie.Host.Features.Uitwisseling;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Nodes;

namespace Participatie.Host.Hosting;

/// <summary>
/// Every feature's services, shared by the web server and the command-line verbs (which start no background work:
/// their host is never started).
/// </summary>
public static class ParticipatieServices
{
    public static IServiceCollection AddParticipatieServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ParticipatieOptions>().Bind(configuration.GetSection(ParticipatieOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddParticipatieData(configuration);
        services.AddNodes(configuration);
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();

        services.AddAccounts();
        services.AddPrivacy(configuration);
        services.AddGebieden();
        services.AddWerkstromen();
        services.AddRegels();
        services.AddTaken();
        services.AddInitiatieven();
        services.AddProgrammas();
        services.AddCodePogingen(configuration);
        services.AddBuurtbudget(configuration);
        services.AddBurgerberaad();
        services.AddChat(configuration);
        services.AddAnalyse();
        services.AddUitdaagrecht();
        services.AddUitwisseling(configuration);
        return services;
    }
}

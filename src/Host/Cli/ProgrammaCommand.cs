using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Programmas;
using Participatie.Host.WorkflowHosting;

namespace Participatie.Host.Cli;

/// <summary><c>programma start [--id N]</c>: starts the doe-democratie programme's lifecycle workflow (for the demo: the first one not yet started).</summary>
internal static class ProgrammaCommand
{
    public static Command Create()
    {
        var id = new Option<int?>("--id") { Description = "Het programma; standaard het eerste dat nog niet gestart is." };
        var start = new Command("start", "Start de levenscyclus van een programma (fasen, taken, deadlines).") { id };
        start.SetAction(async (parse, ct) =>
        {
            using var host = CliApp.BuildServiceHost();
            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            services.GetRequiredService<DatabaseLocation>().EnsureDataDirectory();
            await services.GetRequiredService<ParticipatieDbContext>().MigrateAsync(ct);
            await services.GetRequiredService<Regels.RegelsetBeheer>().LaadAsync(ct);
            await services.GetRequiredService<WorkflowCatalog>().EnsurePublishedAsync(ct);
            var result = await services.GetRequiredService<ProgrammaService>().StartAsync(parse.GetValue(id), ct);
            (result.Gestart ? Console.Out : Console.Error).WriteLine(result.Melding);
            return result.Gestart ? 0 : 1;
        });
        return new Command("programma", "Doe-democratieprogramma's.") { start };
    }
}

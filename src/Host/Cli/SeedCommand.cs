using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.DemoData;

namespace Participatie.Host.Cli;

/// <summary><c>seed [--reset]</c>: fills an empty database with the demo municipality, or replaces the domain data with it.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var reset = new Option<bool>("--reset") { Description = "Verwijder eerst alle domeingegevens (accounts blijven) en vul daarna opnieuw." };
        var command = new Command("seed", "Vul de database met de demogemeente (deterministisch).") { reset };
        command.SetAction(async (parse, ct) =>
        {
            using var host = CliApp.BuildServiceHost();
            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<ParticipatieDbContext>();
            services.GetRequiredService<DatabaseLocation>().EnsureDataDirectory();
            await db.MigrateAsync(ct);
            var seeder = services.GetRequiredService<DemoDataSeeder>();
            if (await db.Gemeenten.AnyAsync(ct))
            {
                if (!parse.GetValue(reset))
                {
                    await Console.Error.WriteLineAsync("De database bevat al gegevens. Gebruik 'seed --reset' om ze te vervangen door de demogegevens.");
                    return 1;
                }

                await seeder.ResetAsync(ct);
            }

            var counts = await seeder.SeedAsync(ct);
            Console.WriteLine(counts.ToString());
            return 0;
        });
        return command;
    }
}

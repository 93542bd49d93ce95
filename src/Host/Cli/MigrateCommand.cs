using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;

namespace Participatie.Host.Cli;

/// <summary><c>migrate</c>: brings the database to the current schema without starting the web server. Data is kept.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Werk het databaseschema bij (gegevens blijven behouden).");
        command.SetAction(async (_, ct) =>
        {
            using var host = CliApp.BuildServiceHost();
            await using var scope = host.Services.CreateAsyncScope();
            var location = scope.ServiceProvider.GetRequiredService<DatabaseLocation>();
            location.EnsureDataDirectory();
            var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.MigrateAsync(ct);
            Console.WriteLine($"database={location.ConnectionString} toegepast={pending.Count}");
            return 0;
        });
        return command;
    }
}

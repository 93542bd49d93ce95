using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Accounts;
using Participatie.Host.Data;

namespace Participatie.Host.Cli;

/// <summary><c>accounts add USER --role R… [--name N]</c>: creates a staff account; the password is read from standard input.</summary>
internal static class AccountsCommand
{
    public static Command Create()
    {
        var user = new Argument<string>("USER") { Description = "Gebruikersnaam." };
        var roles = new Option<string[]>("--role") { Description = $"Rol(len): {string.Join(", ", StaffRoles.All)}.", Required = true, AllowMultipleArgumentsPerToken = true };
        var name = new Option<string?>("--name") { Description = "Volledige naam." };
        var add = new Command("add", "Maak een medewerkeraccount aan of zet een nieuw wachtwoord (wachtwoord via standaardinvoer).") { user, roles, name };
        add.SetAction(async (parse, ct) =>
        {
            var password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') ?? "";
            using var host = CliApp.BuildServiceHost();
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<DatabaseLocation>().EnsureDataDirectory();
            await scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>().MigrateAsync(ct);
            var service = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
            try
            {
                var username = parse.GetValue(user)!;
                var account = await service.UpsertAsync(username, parse.GetValue(name) ?? username, password, parse.GetValue(roles)!, ct);
                Console.WriteLine($"account={account.Gebruikersnaam} rollen={string.Join(",", account.Rollen)}");
                return 0;
            }
            catch (AccountValidationException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }
        });

        return new Command("accounts", "Beheer medewerkeraccounts.") { add };
    }
}

using System.CommandLine;
using Participatie.Host.Hosting;

namespace Participatie.Host.Cli;

/// <summary>
/// The command-line face of the Host executable. Verbs run with the same configuration and services
/// as the web server (same data folder, same database) but start no web server.
/// </summary>
public static class CliApp
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Participatie — zonder opdracht start de webserver; met een opdracht het beheerprogramma.");
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(ImportCbsCommand.Create());
        root.Subcommands.Add(AccountsCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        return root;
    }

    public static bool IsCliInvocation(string[] args)
    {
        if (args.Length == 0)
        {
            return false;
        }

        if (args[0] is "--help" or "-h" or "-?" or "--version")
        {
            return true;
        }

        return CreateRootCommand().Subcommands.Any(c => c.Name == args[0]);
    }

    public static Task<int> RunAsync(string[] args) => CreateRootCommand().Parse(args).InvokeAsync();

    /// <summary>Builds the services the verbs use, from the same configuration sources as the web host.</summary>
    public static IHost BuildServiceHost(string[]? configurationArgs = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(configurationArgs ?? []);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddParticipatieCore(builder.Configuration);
        return builder.Build();
    }
}

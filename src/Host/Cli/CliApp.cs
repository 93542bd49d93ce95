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
        root.Subcommands.Add(EngineCommands.Rules());
        root.Subcommands.Add(EngineCommands.Workflows());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ProgrammaCommand.Create());
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

    public static Task<int> RunAsync(string[] args)
    {
        if (args[0] == "rules" && args.Length > 1)
        {
            return Task.FromResult(Participatie.Rules.Tooling.RulesTool.Execute(args[1..], Console.Out, Console.Error));
        }

        if (args[0] == "workflows" && args.Length > 1)
        {
            using var host = BuildServiceHost();
            return Participatie.Workflows.Tooling.WorkflowsCli.RunAsync(args[1..], Console.Out, Console.Error,
                builder => ConfigureEngine(builder, host.Services));
        }

        return CreateRootCommand().Parse(args).InvokeAsync();
    }

    /// <summary>The same engine extensions as the web host (domain activities, C# expressions), over in-memory stores.</summary>
    private static void ConfigureEngine(Participatie.Workflows.WorkflowEngineBuilder builder, IServiceProvider services)
    {
        builder.UseServices(services);
        foreach (var configurer in services.GetServices<WorkflowHosting.IWorkflowEngineConfigurer>())
        {
            configurer.Configure(builder, services);
        }
    }

    /// <summary>Builds the services the verbs use, from the same configuration sources as the web host.</summary>
    public static IHost BuildServiceHost(string[]? configurationArgs = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configurationArgs ?? [],
            ContentRootPath = WebAppOptions.For(configurationArgs ?? []).ContentRootPath ?? Directory.GetCurrentDirectory(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddParticipatieCore(builder.Configuration);
        return builder.Build();
    }
}

using System.CommandLine;
using Participatie.Host.Hosting;
using Participatie.Workflows;

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
        root.Subcommands.Add(PbCommand.Create());
        root.Subcommands.Add(BurgerberaadCommand.Create());
        return root;
    }

    /// <summary>
    /// A first argument that is not an option is a verb: the command-line tool runs (and refuses a verb it does not know).
    /// Without one — no arguments, or only settings such as <c>--urls</c> or <c>--Participatie:DataDirectory=…</c> — the web
    /// server starts.
    /// </summary>
    public static bool IsCliInvocation(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "-?" or "--version" || IsVerb(args[0]));

    // "key=value" is a configuration setting for the web server, as ASP.NET Core's command-line configuration reads it.
    private static bool IsVerb(string argument) => !argument.StartsWith('-') && !argument.Contains('=');

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs a verb; an unknown verb prints the verbs and returns 2 (a usage error), as the other tools do.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRootCommand();
        if (IsVerb(args[0]) && !root.Subcommands.Any(c => c.Name == args[0]))
        {
            error.WriteLine($"Onbekende opdracht '{args[0]}'. Bekende opdrachten:");
            foreach (var verb in root.Subcommands)
            {
                error.WriteLine($"  {verb.Name,-12} {verb.Description}");
            }

            error.WriteLine("Zonder opdracht start de webserver; 'participatie --help' toont alle opdrachten.");
            return Task.FromResult(2);
        }

        if (args[0] == "rules" && args.Length > 1)
        {
            return Task.FromResult(Participatie.Rules.Tooling.RulesTool.Execute(args[1..], output, error));
        }

        if (args[0] == "workflows" && args.Length > 1)
        {
            using var host = BuildServiceHost();
            return Participatie.Workflows.Tooling.WorkflowsCli.RunAsync(args[1..], output, error,
                builder => WorkflowsServiceCollectionExtensions.ConfigureEngine(builder, host.Services));
        }

        return root.Parse(args).InvokeAsync();
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
        builder.Services.AddParticipatieServices(builder.Configuration);
        return builder.Build();
    }
}

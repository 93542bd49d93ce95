using Participatie.Host.Hosting;
using Participatie.Host.Cli;

// One executable, two faces: with a verb it is the command line tool, without one the web server.
if (CliApp.IsCliInvocation(args))
{
    return await CliApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(WebAppOptions.For(args));
WebApplication app;
try
{
    builder.AddParticipatie();
    app = builder.Build();
    await app.PrepareDatabaseAsync();
}
catch (Participatie.Host.Data.DatabaseUnavailableException ex)
{
    // A misconfigured or unreachable database stops the Host with one line that says what to fix.
    await Console.Error.WriteLineAsync("Participatie kan niet starten: " + ex.Message);
    return 1;
}

app.MapParticipatie();
await app.RunAsync();
return 0;

/// <summary>Exposed for <c>WebApplicationFactory&lt;Program&gt;</c> in the integration tests.</summary>
public partial class Program;

namespace Participatie.Host.Hosting;

/// <summary>
/// Where the web host finds appsettings.json and wwwroot. `dotnet run` keeps the caller's folder as the
/// working folder (so ./data and relative paths mean what the user typed); when that folder is not the
/// application's own, the content root is the application's folder instead.
/// </summary>
public static class WebAppOptions
{
    public static WebApplicationOptions For(string[] args)
    {
        var explicitRoot = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null;
        var here = Directory.GetCurrentDirectory();
        var isAppFolder = File.Exists(Path.Combine(here, "appsettings.json"));
        return explicitRoot || isAppFolder
            ? new WebApplicationOptions { Args = args }
            : new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory };
    }
}

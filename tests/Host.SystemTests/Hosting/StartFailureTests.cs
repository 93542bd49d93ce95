using System.Diagnostics;

namespace Participatie.Host.SystemTests.Hosting;

/// <summary>
/// What the Host cannot start with — a misconfigured or unreachable database, a broken shipped file — stops it at start
/// with one clear line, not a stack trace.
/// </summary>
public sealed class StartFailureTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("participatie-start");

    [Theory]
    [InlineData("oracle", null, "oracle")]
    [InlineData("postgres", "", "ConnectionStrings:Participatie")]
    [InlineData("postgres", "Host=127.0.0.1;Port=1;Database=participatie;Username=x;Timeout=3", "niet worden geopend")]
    public async Task BadDatabase_StopsTheHostWithOneLine(string provider, string? connectionString, string expected)
    {
        var settings = new Dictionary<string, string> { ["Participatie__Database"] = provider };
        if (connectionString is not null)
        {
            settings["ConnectionStrings__Participatie"] = connectionString;
        }

        await StopsWithOneLineAsync(settings, expected);
    }

    [Fact]
    public async Task AnEmptyCatalogueOfKindsOfHelp_StopsTheHostWithOneLine()
    {
        var catalogus = Path.Combine(folder.FullName, "hulpsoorten.json");
        File.WriteAllText(catalogus, """{ "hulpsoorten": [] }""");

        await StopsWithOneLineAsync(new Dictionary<string, string> { ["Participatie__HulpsoortenFile"] = catalogus }, "'hulpsoorten' is leeg");
    }

    public void Dispose() => folder.Delete(recursive: true);

    private async Task StopsWithOneLineAsync(IReadOnlyDictionary<string, string> settings, string expected)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.FullName,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Participatie.Host.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["Participatie__DataDirectory"] = Path.Combine(folder.FullName, "data");
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        var fout = (await stderr).Trim();
        await stdout;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains(expected, fout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", fout, StringComparison.Ordinal);
        Assert.Single(fout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

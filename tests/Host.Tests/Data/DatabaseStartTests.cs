using System.Diagnostics;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Data;

/// <summary>A misconfigured or unreachable database stops the Host at start with one clear line, not a stack trace.</summary>
public sealed class DatabaseStartTests
{
    [Theory]
    [InlineData("oracle", null, "oracle")]
    [InlineData("postgres", "", "ConnectionStrings:Participatie")]
    [InlineData("postgres", "Host=127.0.0.1;Port=1;Database=participatie;Username=x;Timeout=3", "niet worden geopend")]
    public async Task BadDatabase_StopsTheHostWithOneLine(string provider, string? connectionString, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("participatie-start");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.FullName,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Participatie.Host.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["Participatie__Database"] = provider;
        start.Environment["Participatie__DataDirectory"] = Path.Combine(folder.FullName, "data");
        if (connectionString is not null)
        {
            start.Environment["ConnectionStrings__Participatie"] = connectionString;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        var fout = (await stderr).Trim();
        await stdout;
        folder.Delete(recursive: true);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains(expected, fout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", fout, StringComparison.Ordinal);
        Assert.Single(fout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

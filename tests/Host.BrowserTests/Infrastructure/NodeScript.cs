using System.Diagnostics;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Infrastructure;

/// <summary>Runs a script from tests/clients with Node (its packages installed by test.sh).</summary>
public static class NodeScript
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string ClientsDirectory => Path.Combine(RepositoryPaths.Root, "tests", "clients");

    public static async Task<Result> RunAsync(string script, TimeSpan timeout, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(ClientsDirectory, "node_modules")))
        {
            throw new InvalidOperationException($"{ClientsDirectory}/node_modules is missing: run ./test.sh (it runs npm ci there) or `npm ci` in that folder.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ClientsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, await stdout, "timed out\n" + await stderr);
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>
/// The Host as a real process on a loopback port (Kestrel, real sockets), for clients that cannot use
/// the in-memory test server: Node's Direct Line client, Chromium, the load client.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly Process process;
    private readonly string workingDirectory;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private RunningHost(Process process, string workingDirectory, Uri baseAddress)
    {
        this.process = process;
        this.workingDirectory = workingDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the process wrote to stdout and stderr so far, line by line (its log).</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <param name="dataDirectory">A data folder of the test's own (kept after the host ends), to restart on the same data.</param>
    /// <param name="port">A fixed port, so clients keep their address across a restart.</param>
    public static async Task<RunningHost> StartAsync(IReadOnlyDictionary<string, string>? environment = null, string? dataDirectory = null, int? port = null)
    {
        port ??= FreePort();
        var workingDirectory = Path.Combine(Path.GetTempPath(), "participatie-host", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workingDirectory);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Participatie.Host.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--contentRoot={Path.Combine(RepositoryPaths.Root, "src", "Host")}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Participatie__DataDirectory"] = dataDirectory ?? Path.Combine(workingDirectory, "data");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var host = new RunningHost(process, workingDirectory, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it answered /health:\n" + string.Join("\n", host.Output.TakeLast(20)));
            }

            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await host.DisposeAsync();
        throw new TimeoutException("The host did not answer /health within two minutes.");
    }

    private void Keep(string? line)
    {
        if (line is not null && output.Count < 100_000)
        {
            output.Enqueue(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Temp leftovers are harmless.
        }
    }

    /// <summary>Ends the process at once (SIGKILL): no shutdown, no flushing — a crash.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

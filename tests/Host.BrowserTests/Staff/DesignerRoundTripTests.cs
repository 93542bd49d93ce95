using System.Diagnostics;
using System.Text.Json;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Staff;

/// <summary>
/// The designer's own Elsa JSON conversion (ClientApp/src/designer/elsa.js, run with Node): loading a workflow onto
/// the canvas and writing it back after moving every node changes nothing but the positions, for the shipped
/// workflows and the Elsa corpus (unknown fields, customProperties, sizes and connection shapes survive).
/// </summary>
public sealed class DesignerRoundTripTests
{
    private sealed record Line(string File, bool Flowchart, bool Same, string? FirstDifference);

    [Fact]
    public async Task ElsaJson_LoadMoveWriteBack_OnlyPositionsChange()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows-json", "workflows"), "*.json").ToList();
        var corpus = Path.Combine(RepositoryPaths.Shared, "corpus", "elsa", "workflows");
        if (Directory.Exists(corpus))
        {
            files.AddRange(Directory.GetFiles(corpus, "*.json"));
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "src", "Host", "ClientApp"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("scripts/elsa-roundtrip.mjs");
        files.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<Line>(l, options)!).ToList();
        Assert.Equal(files.Count, lines.Count);
        Assert.Contains(lines, l => l.File.EndsWith("initiatief-routering.json", StringComparison.Ordinal) && l.Flowchart);
        var changed = lines.Where(l => !l.Same).Select(l => $"{Path.GetFileName(l.File)}: {l.FirstDifference}").ToList();
        Assert.True(changed.Count == 0, string.Join('\n', changed));
    }
}

using System.Text.Json.Nodes;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.DirectLine;

/// <summary>
/// The official botframework-directlinejs client (from npm, under Node) against the running host, through
/// a full intake, once polling and once over the WebSocket stream.
/// </summary>
public sealed class DirectLineJsClientTests
{
    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task DirectLineJs_FullIntake_GetsReferenceNumberAndStoresInitiative(string mode)
    {
        await using var host = await RunningHost.StartAsync();

        var result = await NodeScript.RunAsync("directline-intake.cjs", TimeSpan.FromMinutes(2), host.BaseAddress.ToString().TrimEnd('/'), mode);

        Assert.True(result.ExitCode == 0, $"client failed ({result.ExitCode}):\n{result.Stderr}\n{result.Stdout}");
        var summary = JsonNode.Parse(result.Stdout.Trim().Split('\n')[^1])!;
        Assert.Equal(mode, summary["mode"]!.GetValue<string>());
        Assert.Matches(@"^INI-\d{4}-\d{4}$", summary["reference"]!.GetValue<string>());
        // Every answer the resident sent came back once on the stream (the intake asks only what it does not know yet).
        Assert.InRange(summary["answers"]!.GetValue<int>(), 8, 15);
        Assert.Equal(summary["answers"]!.GetValue<int>(), summary["echoes"]!.GetValue<int>());

        // The initiative is really there for staff.
        using var staff = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.BaseAddress };
        (await staff.PostAsJsonAsync("/api/auth/login", new { username = "beheer", password = "participatie-demo" })).EnsureSuccessStatusCode();
        var buurten = await staff.GetFromJsonAsync<List<JsonObject>>("/api/buurten?wijk=Noord");
        Assert.Contains(buurten!, b => b["naam"]!.GetValue<string>() == "Vogelbuurt" && b["aantalActieveInitiatieven"]!.GetValue<int>() >= 1);
    }
}

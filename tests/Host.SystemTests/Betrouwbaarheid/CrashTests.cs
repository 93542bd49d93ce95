using System.Net;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Participatie.Host.SystemTests.Betrouwbaarheid;

/// <summary>
/// A real Host process killed with SIGKILL in the middle of an intake's "Klopt, versturen" and in the middle of a task
/// completion, at varying moments, then started again on the same data: every trial must find a consistent state,
/// and doing the step again must complete it — one initiative, with its routing; the task done once; the resident's
/// message delivered once.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Trials = 20;

    [Fact]
    public async Task KillDuringIntakeAndTaskCompletion_TwentyTrials_NothingHalfDone()
    {
        var data = Path.Combine(Path.GetTempPath(), "participatie-crash", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var port = RunningHost.FreePort();
        var random = new Random(20261206);
        var inconsistent = new List<string>();
        var phases = new Dictionary<string, int>();
        var host = await RunningHost.StartAsync(dataDirectory: data, port: port);
        try
        {
            var http = new HttpClient { BaseAddress = host.BaseAddress };
            for (var trial = 1; trial <= Trials; trial++)
            {
                // 1. Intake: kill while "Klopt, versturen" is being processed.
                var resident = await DirectLineClient.StartAsync(http);
                await Intake.DoeAsync(resident, TimeProvider.System, verstuur: false);
                var send = resident.SayAsync("Klopt, versturen");
                // Spread over the turn: before the initiative, between it and its routing, after both.
                await Task.Delay(random.Next(0, 600));
                await host.KillAsync();
                await Swallow(send);
                host = await RunningHost.StartAsync(dataDirectory: data, port: port);

                var intake = await IntakeStateAsync(data, resident.ConversationId);
                Note(phases, "intake:" + intake.Phase);
                if (intake.Problem is not null)
                {
                    inconsistent.Add($"trial {trial}, intake: {intake.Problem}");
                }

                // The resident repeats "versturen" (harmless when the first one went through).
                await resident.AskAsync("Klopt, versturen");
                var herhaald = await IntakeStateAsync(data, resident.ConversationId);
                if (herhaald.Phase != "routed")
                {
                    inconsistent.Add($"trial {trial}, intake after repeating: {herhaald.Phase} {herhaald.Problem}");
                    continue;
                }

                // 2. Task completion: kill while the wijkcoördinator completes the intake task.
                var staff = await StaffAsync(host.BaseAddress);
                var (initiatiefId, taakId) = (herhaald.InitiatiefId!.Value, herhaald.TaakId!.Value);
                var complete = staff.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten" });
                await Task.Delay(random.Next(0, 500));
                await host.KillAsync();
                await Swallow(complete);
                host = await RunningHost.StartAsync(dataDirectory: data, port: port);

                var taak = await TaskStateAsync(data, initiatiefId, taakId);
                Note(phases, "task:" + taak.Phase);
                if (taak.Problem is not null)
                {
                    inconsistent.Add($"trial {trial}, task: {taak.Problem}");
                    continue;
                }

                staff = await StaffAsync(host.BaseAddress);
                var again = await staff.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten" });
                var expected = taak.Phase == "open" ? HttpStatusCode.OK : HttpStatusCode.Conflict;
                if (again.StatusCode != expected)
                {
                    inconsistent.Add($"trial {trial}: completing again after phase {taak.Phase} answered {again.StatusCode}");
                }

                var delivered = await DeliveredMessagesAsync(data, resident.ConversationId, "heeft uw initiatief bekeken");
                if (delivered != 1)
                {
                    inconsistent.Add($"trial {trial}: the resident got the wijkcoördinator's message {delivered} times");
                }
            }
        }
        finally
        {
            await host.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // Temp leftovers are harmless.
            }
        }

        output.WriteLine("Where the kills landed: " + string.Join(", ", phases.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
        Assert.True(inconsistent.Count == 0, string.Join("\n", inconsistent));
    }

    private sealed record State(string Phase, string? Problem, int? InitiatiefId = null, int? TaakId = null);

    /// <summary>None yet, or one initiative that is either not yet routed (no instance for it at all) or routed with its open task.</summary>
    private static async Task<State> IntakeStateAsync(string data, string conversationId)
    {
        await using var db = Db(data);
        var initiatieven = await db.Initiatieven.AsNoTracking().Where(i => i.ConversationId == conversationId).ToListAsync();
        if (initiatieven.Count == 0)
        {
            return new State("none", null);
        }

        if (initiatieven.Count > 1)
        {
            return new State("duplicate", $"{initiatieven.Count} initiatives for one intake");
        }

        var initiatief = initiatieven[0];
        if (!initiatief.Referentie.StartsWith("INI-", StringComparison.Ordinal))
        {
            return new State("reference", $"temporary reference {initiatief.Referentie}");
        }

        var instances = await db.WorkflowInstances.AsNoTracking().Where(w => w.CorrelationId == initiatief.Referentie).Select(w => w.Id).ToListAsync();
        var taken = await db.Taken.AsNoTracking().Where(t => t.InitiatiefId == initiatief.Id).ToListAsync();
        if (initiatief.WorkflowInstanceId is null)
        {
            return instances.Count == 0 && taken.Count == 0
                ? new State("registered", null, initiatief.Id)
                : new State("unlinked", $"{instances.Count} instance(s) and {taken.Count} task(s) but no link", initiatief.Id);
        }

        if (instances.Count != 1 || instances[0] != initiatief.WorkflowInstanceId || initiatief.WorkflowInstanceId != InitiatiefRoutering.InstanceIdVoor(initiatief.Id))
        {
            return new State("instance", $"linked to {initiatief.WorkflowInstanceId}, instances: {string.Join(",", instances)}", initiatief.Id);
        }

        var open = taken.Where(t => t.Status == TaakStatus.Open).ToList();
        return open.Count == 1 && initiatief.Status == InitiatiefStatus.InBehandeling
            ? new State("routed", null, initiatief.Id, open[0].Id)
            : new State("task", $"status {initiatief.Status} with {open.Count} open task(s)", initiatief.Id);
    }

    /// <summary>Either nothing of the completion happened, or all of it: task done, status, decision, next task, message in the outbox.</summary>
    private static async Task<State> TaskStateAsync(string data, int initiatiefId, int taakId)
    {
        await using var db = Db(data);
        var taak = await db.Taken.AsNoTracking().SingleAsync(t => t.Id == taakId);
        var initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == initiatiefId);
        var instance = await db.WorkflowInstances.AsNoTracking().Include(w => w.Bookmarks).SingleAsync(w => w.Id == initiatief.WorkflowInstanceId);
        var waitsOnTask = instance.Bookmarks.Any(b => b.BookmarkId == taak.BookmarkId);
        var routering = await db.RegelBeslissingen.CountAsync(b => b.InitiatiefId == initiatiefId && b.Regelset == "routering");
        var berichten = await db.UitgaandeBerichten.CountAsync(b => b.InitiatiefId == initiatiefId);
        var volgende = await db.Taken.CountAsync(t => t.InitiatiefId == initiatiefId && t.Id != taakId && t.Status == TaakStatus.Open);
        if (taak.Status == TaakStatus.Open)
        {
            return waitsOnTask && initiatief.Status == InitiatiefStatus.InBehandeling && routering == 0 && berichten == 0 && volgende == 0
                ? new State("open", null)
                : new State("open", $"task open but waits={waitsOnTask} status={initiatief.Status} decisions={routering} messages={berichten} next={volgende}");
        }

        return !waitsOnTask && initiatief.Status == InitiatiefStatus.Advies && routering == 1 && berichten == 1 && volgende == 1
            ? new State("done", null)
            : new State("done", $"task {taak.Status} but waits={waitsOnTask} status={initiatief.Status} decisions={routering} messages={berichten} next={volgende}");
    }

    /// <summary>How many times the conversation holds a bot message with <paramref name="text"/>, once the outbox has had a few seconds.</summary>
    private static async Task<int> DeliveredMessagesAsync(string data, string conversationId, string text)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var count = 0;
        while (waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await using var db = Db(data);
            count = (await db.ChatActivities.AsNoTracking().Where(a => a.ConversationId == conversationId).Select(a => a.Json).ToListAsync())
                .Count(json => json.Contains(text, StringComparison.Ordinal));
            var waiting = await db.UitgaandeBerichten.CountAsync(b => b.Ontvanger == conversationId && b.AfgeleverdOp == null);
            if (count >= 1 && waiting == 0)
            {
                return count;
            }

            await Task.Delay(200);
        }

        return count;
    }

    private static async Task<HttpClient> StaffAsync(Uri host)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host };
        (await client.PostAsJsonAsync("/api/auth/login", new { username = "wijkcoordinator", password = "participatie-demo" })).EnsureSuccessStatusCode();
        return client;
    }

    private static ParticipatieDbContext Db(string data) =>
        new(new DbContextOptionsBuilder<ParticipatieDbContext>().UseSqlite($"Data Source={Path.Combine(data, "participatie.db")}").Options);

    private static void Note(Dictionary<string, int> phases, string phase) => phases[phase] = phases.GetValueOrDefault(phase) + 1;

    private static async Task Swallow(Task request)
    {
        try
        {
            await request;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            // The host died under the request: that is the point.
        }
    }
}

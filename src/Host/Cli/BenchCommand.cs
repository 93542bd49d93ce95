using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Cli;

/// <summary>
/// <c>bench workflows-sqlite [--instances N] [--callers K]</c>: the workflow engine over the real EF Core stores in a
/// fresh SQLite file — instances started and run to their first bookmark per second, and resumes per second.
/// <c>bench workflows-postgres --connection CS</c>: the same on PostgreSQL; two processes at once on one database are
/// two nodes.
/// </summary>
internal static class BenchCommand
{
    private const string Definition = """
    { "definitionId": "bench", "name": "Bench", "version": 1,
      "variables": [ { "name": "Teller", "typeName": "Int32", "value": "0" } ],
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
        { "id": "start", "type": "Elsa.Start" },
        { "id": "zet", "type": "Elsa.SetVariable", "variable": { "id": "Teller" }, "value": { "typeName": "Object", "expression": { "type": "Literal", "value": "1" } } },
        { "id": "wacht", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "verder" } } },
        { "id": "eind", "type": "Elsa.Finish" }
      ], "connections": [
        { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "zet", "port": "In" } },
        { "source": { "activity": "zet", "port": "Done" }, "target": { "activity": "wacht", "port": "In" } },
        { "source": { "activity": "wacht", "port": "Done" }, "target": { "activity": "eind", "port": "In" } }
      ] } }
    """;

    public static Command Create()
    {
        var instances = new Option<int>("--instances") { Description = "Aantal instanties.", DefaultValueFactory = _ => 2000 };
        var callers = new Option<int>("--callers") { Description = "Aantal gelijktijdige aanroepers.", DefaultValueFactory = _ => 1 };
        var workflows = new Command("workflows-sqlite", "Werkstroom-engine met SQLite-opslag: starts tot eerste bookmark per seconde en resumes per seconde.") { instances, callers };
        workflows.SetAction(async (parse, ct) =>
        {
            var folder = Directory.CreateTempSubdirectory("participatie-bench");
            try
            {
                await using var services = new ServiceCollection()
                    .AddPooledDbContextFactory<ParticipatieDbContext>(o => o
                        .UseSqlite($"Data Source={Path.Combine(folder.FullName, "bench.db")}")
                        .AddInterceptors(new Data.Sqlite.SqliteConnectionTuning(), new Data.Sqlite.SqliteWriteGate()))
                    .BuildServiceProvider();
                var factory = services.GetRequiredService<IDbContextFactory<ParticipatieDbContext>>();
                await using (var db = await factory.CreateDbContextAsync(ct))
                {
                    await db.MigrateAsync(ct);
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                }

                return await RunAsync(factory, parse.GetValue(instances), parse.GetValue(callers), ct);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        });

        var connection = new Option<string>("--connection") { Description = "PostgreSQL-verbindingsstring (een database van de meting zelf).", Required = true };
        var postgres = new Command("workflows-postgres",
            "Werkstroom-engine met PostgreSQL-opslag: starts en resumes per seconde. Start hem twee keer tegelijk op dezelfde database voor twee nodes.")
            { instances, callers, connection };
        postgres.SetAction(async (parse, ct) =>
        {
            await using var services = new ServiceCollection()
                .AddPooledDbContextFactory<PostgresParticipatieDbContext>(o => o.UseNpgsql(parse.GetValue(connection)))
                .BuildServiceProvider();
            var factory = new CommonContextFactory<PostgresParticipatieDbContext>(services.GetRequiredService<IDbContextFactory<PostgresParticipatieDbContext>>());
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                await db.MigrateAsync(ct);
            }

            return await RunAsync(factory, parse.GetValue(instances), parse.GetValue(callers), ct);
        });
        return new Command("bench", "Prestatiemetingen.") { workflows, postgres };
    }

    /// <summary>Starts <paramref name="count"/> instances to their bookmark, then resumes them all, over <paramref name="callers"/> concurrent callers.</summary>
    private static async Task<int> RunAsync(IDbContextFactory<ParticipatieDbContext> factory, int count, int callers, CancellationToken ct)
    {
        // A definition of this process's own, so two processes on one database (two nodes) do not version each other's.
        var definitionId = "bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var engine = WorkflowEngine.Create(b => b.UseStores(new EfWorkflowDefinitionStore(factory, TimeProvider.System), new EfWorkflowInstanceStore(factory)));
        await engine.Definitions.ImportAsync(Definition.Replace("\"definitionId\": \"bench\"", $"\"definitionId\": \"{definitionId}\"", StringComparison.Ordinal), publish: true, ct);
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, CorrelationId = "warm-up" }, ct);

        var started = new (string Id, string Bookmark)[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, callers), CancellationToken = ct };
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, parallel, async (i, token) =>
        {
            var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, CorrelationId = "c" + i }, token);
            started[i] = (result.Instance.Id, result.Bookmarks[0].Id);
        });

        var startSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        await Parallel.ForAsync(0, count, parallel, async (i, token) =>
            await engine.Runtime.ResumeBookmarkAsync(started[i].Id, started[i].Bookmark, new JsonObject(), token));

        var resumeSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"instances={count} callers={callers} starts_per_s={count / startSeconds:F0} resumes_per_s={count / resumeSeconds:F0} ms_per_start={startSeconds * 1000 / count:F2} ms_per_resume={resumeSeconds * 1000 / count:F2}"));
        return 0;
    }
}

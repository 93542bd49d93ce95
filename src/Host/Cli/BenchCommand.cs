using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.WorkflowHosting;
using Participatie.Workflows;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Cli;

/// <summary>
/// <c>bench workflows-sqlite [--instances N]</c>: the workflow engine over the real EF Core stores in a
/// fresh SQLite file — instances started and run to their first bookmark per second, and resumes per second.
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
        var workflows = new Command("workflows-sqlite", "Werkstroom-engine met SQLite-opslag: starts tot eerste bookmark per seconde en resumes per seconde.") { instances };
        workflows.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(instances);
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

                var engine = WorkflowEngine.Create(b => b.UseStores(new EfWorkflowDefinitionStore(factory, TimeProvider.System), new EfWorkflowInstanceStore(factory)));
                await engine.Definitions.ImportAsync(Definition, publish: true, ct);
                await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "bench", CorrelationId = "warm-up" }, ct);

                var started = new List<(string Id, string Bookmark)>(count);
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < count; i++)
                {
                    var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "bench", CorrelationId = "c" + i }, ct);
                    started.Add((result.Instance.Id, result.Bookmarks[0].Id));
                }

                var startSeconds = watch.Elapsed.TotalSeconds;
                watch.Restart();
                foreach (var (id, bookmark) in started)
                {
                    await engine.Runtime.ResumeBookmarkAsync(id, bookmark, new JsonObject(), ct);
                }

                var resumeSeconds = watch.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"instances={count} starts_per_s={count / startSeconds:F0} resumes_per_s={count / resumeSeconds:F0} ms_per_start={startSeconds * 1000 / count:F2} ms_per_resume={resumeSeconds * 1000 / count:F2}"));
                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        });
        return new Command("bench", "Prestatiemetingen.") { workflows };
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Tooling;

/// <summary>
/// <c>workflows bench [--quick] [--rounds N]</c>: in-memory throughput. Medians over rounds of: activities per second
/// (a 1,000-activity chain), instances started and run to their first bookmark per second, resumes per second, and
/// memory per suspended instance (persisted JSON bytes and live object bytes).
/// </summary>
internal static class WorkflowBench
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var quick = args.Contains("--quick");
        var rounds = quick ? 1 : 5;
        var roundsIndex = args.ToList().IndexOf("--rounds");
        if (roundsIndex >= 0 && (roundsIndex + 1 >= args.Count || !int.TryParse(args[roundsIndex + 1], out rounds) || rounds < 1))
        {
            await stderr.WriteLineAsync("--rounds needs a positive number.");
            return 2;
        }
        var chainLength = quick ? 50 : 1_000;
        var instances = quick ? 20 : 5_000;

        var activityRates = new List<double>();
        var jsActivityRates = new List<double>();
        var startRates = new List<double>();
        var resumeRates = new List<double>();
        var jsonBytes = new List<double>();
        var liveBytes = new List<double>();
        for (var round = 0; round < rounds + (quick ? 0 : 1); round++)
        {
            var warmup = !quick && round == 0;
            var a = await ActivitiesPerSecondAsync(chainLength, javaScript: false, cancellationToken);
            var j = await ActivitiesPerSecondAsync(chainLength / 5, javaScript: true, cancellationToken);
            var (starts, resumes, json, live) = await StartsAndResumesAsync(instances, cancellationToken);
            if (warmup) continue;
            activityRates.Add(a);
            jsActivityRates.Add(j);
            startRates.Add(starts);
            resumeRates.Add(resumes);
            jsonBytes.Add(json);
            liveBytes.Add(live);
        }

        var activities = Median(activityRates);
        var starts2 = Median(startRates);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            | Measure (in memory, median of {rounds} round(s)) | Value | vs Elsa's claim |
            |---|---|---|
            | Activities per second (chain of {chainLength} Literal WriteLines, one instance) | {activities:N0} /s ({1000 / activities:0.0000} ms/activity) | {activities / 1000:N0}× the best claim (1 ms/activity), {activities / 200:N0}× the worst (5 ms) |
            | Activities per second with a JavaScript expression each (SetVariable `getN() + 1`) | {Median(jsActivityRates):N0} /s ({1000 / Median(jsActivityRates):0.000} ms/activity) | {Median(jsActivityRates) / 1000:N0}× the best claim |
            | Instances started and run to their first bookmark per second ({instances} instances) | {starts2:N0} /s | {starts2 / 1000:N1}× the top claim (1,000 workflows/s), {starts2 / 100:N0}× the low one (100/s) |
            | Resumes per second (each bookmark by id, run to the end) | {Median(resumeRates):N0} /s | {Median(resumeRates) / 1000:N1}× 1,000/s |
            | Memory per suspended instance | {Median(jsonBytes):N0} bytes persisted JSON; {Median(liveBytes):N0} bytes as live objects | — |
            """));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Chain(string id, int length, bool javaScript)
    {
        var activities = new JsonArray();
        var connections = new JsonArray();
        for (var i = 0; i < length; i++)
        {
            activities.Add(javaScript
                ? new JsonObject
                {
                    ["id"] = $"a{i}", ["type"] = "Elsa.SetVariable",
                    ["variable"] = new JsonObject { ["id"] = "N", ["name"] = "N" },
                    ["value"] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getN() + 1" } },
                }
                : new JsonObject
                {
                    ["id"] = $"a{i}", ["type"] = "Elsa.WriteLine",
                    ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = $"line {i}" } },
                });
            if (i > 0)
                connections.Add(new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = $"a{i - 1}", ["port"] = "Done" },
                    ["target"] = new JsonObject { ["activity"] = $"a{i}", ["port"] = "In" },
                });
        }
        return new JsonObject
        {
            ["definitionId"] = id,
            ["variables"] = new JsonArray(new JsonObject { ["id"] = "N", ["name"] = "N", ["typeName"] = "Int32", ["value"] = "0" }),
            ["root"] = new JsonObject { ["id"] = "root", ["type"] = "Elsa.Flowchart", ["activities"] = activities, ["connections"] = connections },
        }.ToJsonString();
    }

    private static async Task<double> ActivitiesPerSecondAsync(int length, bool javaScript, CancellationToken ct)
    {
        var engine = WorkflowEngine.Create(b => b.Options.MaxJournalEntries = length * 2 + 10);
        await engine.Definitions.ImportAsync(Chain("chain", length, javaScript), publish: true, ct);
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "chain" }, ct); // compile + JIT
        var runs = javaScript ? 3 : 10;
        var executed = 0L;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "chain" }, ct);
            executed += result.Instance.Journal.Count;
        }
        return executed / watch.Elapsed.TotalSeconds;
    }

    private static async Task<(double Starts, double Resumes, double JsonBytes, double LiveBytes)> StartsAndResumesAsync(int count, CancellationToken ct)
    {
        var store = new InMemoryWorkflowInstanceStore();
        var engine = WorkflowEngine.Create(b => b.InstanceStore = store);
        var definition = new JsonObject
        {
            ["definitionId"] = "wait",
            ["root"] = new JsonObject
            {
                ["id"] = "root", ["type"] = "Elsa.Flowchart",
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start" },
                    new JsonObject { ["id"] = "task", ["type"] = "Elsa.RunTask", ["taskName"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "Review" } } },
                    new JsonObject { ["id"] = "end", ["type"] = "Elsa.End" }),
                ["connections"] = new JsonArray(
                    new JsonObject { ["source"] = new JsonObject { ["activity"] = "start", ["port"] = "Done" }, ["target"] = new JsonObject { ["activity"] = "task", ["port"] = "In" } },
                    new JsonObject { ["source"] = new JsonObject { ["activity"] = "task", ["port"] = "Done" }, ["target"] = new JsonObject { ["activity"] = "end", ["port"] = "In" } }),
            },
        }.ToJsonString();
        await engine.Definitions.ImportAsync(definition, publish: true, ct);
        var suspended = new List<(string Instance, string Bookmark)>(count);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "wait", CorrelationId = $"c{i}" }, ct);
            suspended.Add((result.Instance.Id, result.Bookmarks[0].Id));
        }
        var starts = count / watch.Elapsed.TotalSeconds;

        var sample = (await store.FindAsync(suspended[0].Instance, ct))!;
        var json = JsonSerializer.SerializeToUtf8Bytes(sample).Length;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var held = new List<WorkflowInstance>(count);
        foreach (var (instance, _) in suspended.Take(Math.Min(count, 2_000))) held.Add((await store.FindAsync(instance, ct))!);
        var live = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)held.Count;
        GC.KeepAlive(held);

        watch.Restart();
        foreach (var (instance, bookmark) in suspended)
            await engine.Runtime.ResumeBookmarkAsync(instance, bookmark, null, ct);
        var resumes = count / watch.Elapsed.TotalSeconds;
        return (starts, resumes, json, live);
    }
}

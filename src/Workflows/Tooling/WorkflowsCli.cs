using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Tooling;

/// <summary>
/// The <c>workflows</c> verbs of the Host exe as plain methods: arguments in, text out, exit code back.
/// Exit codes: 0 ok, 1 invalid/failed, 2 usage error.
/// </summary>
public static class WorkflowsCli
{
    private static readonly JsonSerializerOptions JsonOut = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Dispatches <c>check</c>, <c>run</c> or <c>bench</c> (args without the leading "workflows").</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Action<WorkflowEngineBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        if (args.Count == 0) return Usage(stderr);
        var rest = args.Skip(1).ToList();
        return args[0] switch
        {
            "check" => CheckAsync(rest, stdout, stderr, configure, cancellationToken),
            "run" => RunWorkflowAsync(rest, stdout, stderr, configure, cancellationToken),
            "bench" => WorkflowBench.RunAsync(rest, stdout, stderr, cancellationToken),
            _ => Usage(stderr),
        };
    }

    /// <summary><c>workflows check FILE…</c>: 0 when every file is valid, else 1 with one located error per line.</summary>
    public static async Task<int> CheckAsync(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr, Action<WorkflowEngineBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        if (files.Count == 0) return await Usage(stderr);
        var store = new InMemoryWorkflowDefinitionStore();
        var engine = WorkflowEngine.Create(b =>
        {
            configure?.Invoke(b);
            b.DefinitionStore = store;
        });
        var read = await WorkflowFileRunner.ReadAllAsync(files, cancellationToken);
        foreach (var (_, definition, _) in read)
            if (definition is not null) await store.SaveAsync(definition, cancellationToken);
        var failed = 0;
        foreach (var (file, definition, readErrors) in read)
        {
            var errors = readErrors.ToList();
            if (definition is not null && errors.Count == 0)
                errors.AddRange((await engine.Validator.ValidateAsync(definition, cancellationToken)).Select(e => e with { Source = file }));
            foreach (var error in errors) await stdout.WriteLineAsync(error.ToString());
            if (errors.Count > 0) failed++;
        }
        await stderr.WriteLineAsync(failed == 0 ? $"{files.Count} workflow file(s) valid." : $"{failed} of {files.Count} workflow file(s) invalid.");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>workflows run FILE [--with FILE]… [--input JSON] [--event NAME[:PAYLOADJSON]]… [--resume-all]
    /// [--flowchart-mode counter|token] [--json]</c>.
    /// </summary>
    public static async Task<int> RunWorkflowAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Action<WorkflowEngineBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        string? file = null;
        var with = new List<string>();
        var events = new List<(string, JsonNode?)>();
        JsonObject? input = null;
        var resumeAll = false;
        var json = false;
        var mode = FlowchartMode.CounterBased;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            try
            {
                switch (arg)
                {
                    case "--with": with.Add(Next()); break;
                    case "--input":
                        input = JsonNode.Parse(Next()) as JsonObject ?? throw new ArgumentException("--input must be a JSON object.");
                        break;
                    case "--event":
                        var spec = Next();
                        var colon = spec.IndexOf(':');
                        events.Add(colon < 0 ? (spec, null) : (spec[..colon], JsonNode.Parse(spec[(colon + 1)..])));
                        break;
                    case "--resume-all": resumeAll = true; break;
                    case "--json": json = true; break;
                    case "--flowchart-mode":
                        mode = Next() switch
                        {
                            "counter" => FlowchartMode.CounterBased,
                            "token" => FlowchartMode.TokenBased,
                            var other => throw new ArgumentException($"Unknown flowchart mode '{other}' (counter|token)."),
                        };
                        break;
                    default:
                        if (arg.StartsWith("--", StringComparison.Ordinal) || file is not null) throw new ArgumentException($"Unexpected argument '{arg}'.");
                        file = arg;
                        break;
                }
            }
            catch (Exception ex) when (ex is ArgumentException or JsonException)
            {
                await stderr.WriteLineAsync(ex.Message);
                return await Usage(stderr);
            }
        }
        if (file is null) return await Usage(stderr);

        var report = await WorkflowFileRunner.RunAsync(new RunOptions
        {
            File = file,
            With = with,
            Input = input,
            Events = events,
            ResumeAll = resumeAll,
            FlowchartMode = mode,
            Configure = configure,
        }, cancellationToken);
        if (report.Instance is null)
        {
            foreach (var error in report.Errors) await stdout.WriteLineAsync(error.ToString());
            if (report.Errors.Count == 0) await stdout.WriteLineAsync($"{file}: not loaded.");
            return 1;
        }
        var instance = report.Instance;
        if (json)
        {
            var obj = new JsonObject
            {
                ["lines"] = new JsonArray(report.Lines.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
                ["status"] = instance.Status.ToString(),
                ["subStatus"] = instance.SubStatus.ToString(),
                ["outputs"] = instance.Output.DeepClone(),
                ["bookmarks"] = new JsonArray(instance.Bookmarks.Select(b => (JsonNode?)new JsonObject { ["name"] = b.Name, ["activityId"] = b.ActivityId }).ToArray()),
                ["incidents"] = new JsonArray(instance.Incidents.Select(x => (JsonNode?)new JsonObject { ["activityId"] = x.ActivityId, ["message"] = x.Message }).ToArray()),
            };
            await stdout.WriteLineAsync(obj.ToJsonString(JsonOut));
        }
        else
        {
            foreach (var line in report.Lines) await stdout.WriteLineAsync(line);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"status: {instance.Status}/{instance.SubStatus}"));
            if (instance.Output.Count > 0) await stdout.WriteLineAsync($"outputs: {instance.Output.ToJsonString(JsonOut)}");
            foreach (var b in instance.Bookmarks) await stdout.WriteLineAsync($"bookmark: {b.Name} {b.Key} at {b.ActivityId}{(b.DueAt is { } due ? " due " + due.ToString("O", CultureInfo.InvariantCulture) : "")}");
            foreach (var x in instance.Incidents) await stdout.WriteLineAsync($"incident: {x.ActivityId}: {x.Message}");
        }
        return instance.SubStatus == WorkflowSubStatus.Faulted ? 1 : 0;
    }

    private static async Task<int> Usage(TextWriter stderr)
    {
        await stderr.WriteLineAsync("usage: workflows check FILE…");
        await stderr.WriteLineAsync("       workflows run FILE [--with FILE]… [--input JSON] [--event NAME[:PAYLOADJSON]]… [--resume-all] [--flowchart-mode counter|token] [--json]");
        await stderr.WriteLineAsync("       workflows bench [--quick]");
        return 2;
    }
}

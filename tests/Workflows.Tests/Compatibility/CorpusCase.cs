using System.Text.Json.Nodes;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Compatibility;

/// <summary>One (file, test case) object of the corpus' EXPECTED.json.</summary>
public sealed record CorpusCase(int Index, JsonObject Raw)
{
    /// <summary>Needs this engine supports. <c>csharp</c> runs through a test double of the Host's evaluator.</summary>
    public static readonly HashSet<string> SupportedNeeds =
    [
        "counter-mode", "token-mode", "javascript", "csharp", "execute-workflow", "scheduling", "event",
        "execution-log", "state-serialization", "publish-validation",
        // HTTP endpoints and their triggers run through the engine's dispatcher (the Host maps /workflows/ onto it);
        // "reload" re-imports the file, as Elsa's blob provider re-reads it; a cache "eviction" forgets the engine's
        // cached definitions and compiled graphs.
        "http", "triggers", "definition-reload", "cache",
        // customProperties.logPersistenceMode decides which inputs the journal keeps (Elsa's activity execution records).
        "log-persistence",
    ];

    /// <summary>Elsa REST routes whose behaviour the engine has (the routes themselves are the Host's): definition by version id, consumers, export, bulk export.</summary>
    private static readonly string[] EngineLevelApiRoutes = ["/workflow-definitions/by-id/", "/consumers", "/export", "/bulk-actions/export/"];

    public string File => Raw["file"]!.GetValue<string>();
    public string Test => Raw["test"]?.GetValue<string>() ?? "";
    public string Role => Raw["role"]!.GetValue<string>();
    public bool Asserted => Raw["asserted"]!.GetValue<bool>();
    public IReadOnlyList<string> Needs => Raw["needs"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
    public IReadOnlyList<string> DependsOn => Raw["dependsOn"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
    public JsonArray Steps => Raw["steps"]!.AsArray();
    public JsonObject Expect => Raw["expect"]!.AsObject();
    public JsonObject? Input => Raw["input"] as JsonObject;

    public bool IsTokenMode => Needs.Contains("token-mode");

    /// <summary>Needs we do not support (REST API alone counts as supported when only the sub-status is asserted: the engine runs it; the REST mapping is the Host's).</summary>
    public IReadOnlyList<string> UnsupportedNeeds => Needs
        .Where(n => !SupportedNeeds.Contains(n) && !n.StartsWith("workflow-activity:", StringComparison.Ordinal))
        .Where(n => !(n == "rest-api" && (IsEngineLevelExecute || IsEngineLevelApi)))
        .ToList();

    /// <summary>An Elsa REST "execute" whose engine-visible assertions are the sub-status or the activity execution records (our journal).</summary>
    public bool IsEngineLevelExecute =>
        Steps.Count == 1 && Steps[0]!["do"]!.GetValue<string>() == "api"
        && Steps[0]!["path"]!.GetValue<string>().Contains("/execute", StringComparison.Ordinal)
        && (Expect["subStatus"] is not null || Expect["activityExecutionRecords"] is not null);

    /// <summary>Only REST calls whose behaviour the engine has: <see cref="EngineLevelApiRoutes"/>.</summary>
    public bool IsEngineLevelApi =>
        Steps.Any(s => s!["do"]!.GetValue<string>() == "api")
        && Steps.Where(s => s!["do"]!.GetValue<string>() == "api")
            .All(s => EngineLevelApiRoutes.Any(r => s!["path"]!.GetValue<string>().Contains(r, StringComparison.Ordinal)));

    /// <summary>A sequence of HTTP requests, REST calls and definition operations with their own assertions.</summary>
    public bool IsScenario => !IsRun && !IsPublish
        && Steps.Any(s => s!["do"]!.GetValue<string>() is "http" or "api" or "repeat" or "find-trigger" or "delete-definition");

    public bool IsRun => IsEngineLevelExecute || Steps.Any(s => s!["do"]!.GetValue<string>() is "start" or "invoke");
    public bool IsPublish => !IsRun && Expect["publish"] is not null;

    public string Path(string file) => System.IO.Path.Combine(RepoPaths.Corpus!, "workflows", file);

    public override string ToString() => $"{Index}: {File.Split("__")[^1]} :: {Test.Split("::")[^1].Trim()}";

    public static IReadOnlyList<CorpusCase> Load()
    {
        if (RepoPaths.Corpus is not { } corpus) return [];
        var array = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(corpus, "EXPECTED.json")))!.AsArray();
        return array.Select((n, i) => new CorpusCase(i, n!.AsObject())).ToList();
    }

    public static IEnumerable<object[]> Entries(Func<CorpusCase, bool> filter) =>
        Load().Where(c => c.Role == "entry" && c.Asserted).Where(filter).Select(c => new object[] { c.Index });
}

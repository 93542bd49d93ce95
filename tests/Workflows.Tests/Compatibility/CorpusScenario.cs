using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Participatie.Workflows.Http;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Tooling;

namespace Participatie.Workflows.Tests.Compatibility;

/// <summary>
/// Runs a corpus case made of steps (HTTP requests to workflow endpoints, Elsa REST calls whose behaviour the engine
/// has, deleting, reloading and publishing definitions, looking up triggers) against one engine, and checks what
/// Elsa's test asserts: the HTTP statuses and bodies of <c>expect.http</c>, and for the other steps the values the
/// case's <c>expect.other</c> names (quoted ids that must, or must not, be in a result).
/// </summary>
public static partial class CorpusScenario
{
    public static async Task RunAsync(CorpusCase c)
    {
        var engine = WorkflowEngine.Create(b =>
        {
            b.AddExpressionEvaluator(new MiniCSharpEvaluator());
            b.Options.FlowchartMode = c.IsTokenMode ? FlowchartMode.TokenBased : FlowchartMode.CounterBased;
        });
        var files = c.DependsOn.Select(c.Path).Append(c.Path(c.File)).ToList();
        var (loaded, errors) = await WorkflowFileRunner.LoadAsync(engine, files, CancellationToken.None);
        Assert.True(errors.Count == 0, c + ": " + string.Join("\n", errors));
        var entryId = loaded[Path.GetFullPath(c.Path(c.File))];
        var other = c.Expect["other"]?.GetValue<string>() ?? "";
        var expectedHttp = (c.Expect["http"] as JsonArray)?.Select(h => h!.AsObject()).ToList() ?? [];
        var httpIndex = 0;

        foreach (var step in c.Steps.Select(s => s!.AsObject()))
        {
            switch (step["do"]!.GetValue<string>())
            {
                case "http":
                {
                    var (status, body) = await HttpAsync(engine, step);
                    var expected = expectedHttp[httpIndex++];
                    if (expected["status"] is JsonValue s) Assert.True(s.GetValue<int>() == status, $"{c}: {expected["request"]} gave {status}");
                    if (expected["body"] is JsonValue b) Assert.Equal(b.GetValue<string>(), body);
                    break;
                }
                case "repeat":
                {
                    // Requests run concurrently with forgetting the cached definitions, as Elsa's test evicts its cache.
                    var each = step["each"]!.AsArray().Select(e => e!.AsObject()).ToList();
                    var request = each.Single(e => e["do"]!.GetValue<string>() == "http");
                    var statuses = await Task.WhenAll(Enumerable.Range(0, step["times"]!.GetValue<int>()).Select(_ => Task.Run(async () =>
                    {
                        var sent = HttpAsync(engine, request);
                        engine.Definitions.ForgetCached();
                        return (await sent).Status;
                    })));
                    Assert.All(statuses, s => Assert.Equal(200, s));
                    var definitionIds = QuotedIds().Matches(other).Select(m => m.Groups[1].Value).ToList();
                    var instances = await engine.Runtime.ListAsync(new InstanceFilter { Take = 10_000 });
                    Assert.Equal(statuses.Length, instances.Count(i => i.DefinitionId == entryId));
                    Assert.Equal(0, instances.Count(i => definitionIds.Contains(i.DefinitionId) && i.SubStatus == WorkflowSubStatus.Faulted));
                    break;
                }
                case "api":
                    await ApiAsync(engine, step, other);
                    break;
                case "delete-definition":
                    await engine.Definitions.DeleteAsync(step["definitionId"]!.GetValue<string>());
                    break;
                case "reload-definitions":
                    // Elsa's providers read the files again: import the entry file again as its flags say.
                    await engine.Definitions.ImportAsync(await File.ReadAllTextAsync(c.Path(c.File)));
                    break;
                case "find-definition":
                    Assert.NotNull(await engine.Definitions.GetPublishedAsync(step["definitionId"]!.GetValue<string>()));
                    break;
                case "find-trigger":
                {
                    var id = step["workflowDefinitionId"]!.GetValue<string>();
                    Assert.Contains(await engine.Triggers.ListAsync(), t => t.DefinitionId == id);
                    break;
                }
                case "publish":
                {
                    // A new draft from the latest version, then published: the next version number.
                    var latest = (await engine.Definitions.GetAsync(entryId))!;
                    var before = latest.Version;
                    var draft = await engine.Definitions.SaveDraftAsync(latest);
                    var published = await engine.Definitions.PublishAsync(entryId, draft.Definition!.Version);
                    Assert.True(published.Succeeded, string.Join("\n", published.Errors));
                    Assert.Equal(before + 1, (await engine.Definitions.GetPublishedAsync(entryId))!.Version);
                    break;
                }
                default:
                    Assert.Fail($"{c}: step '{step["do"]}' has no equivalent here; the case should be listed as unsupported.");
                    break;
            }
        }
        Assert.Equal(expectedHttp.Count, httpIndex);
    }

    private static async Task<(int Status, string Body)> HttpAsync(WorkflowEngine engine, JsonObject step)
    {
        var method = step["method"]!.GetValue<string>();
        var path = step["path"]!.GetValue<string>();
        path = path.StartsWith("/workflows/", StringComparison.Ordinal) ? path["/workflows".Length..] : path;
        var match = await engine.Http.MatchAsync(method, path);
        if (match.Trigger is null) return (match.MethodNotAllowed ? 405 : 404, "");
        var result = await engine.Http.RunAsync(match.Trigger, new HttpWorkflowRequest
        {
            Method = method,
            Path = path,
            Body = step["body"]?.GetValue<string>() ?? "",
            ContentType = step["body"] is null ? null : "application/json",
        });
        return result.Response is { } response ? (response.StatusCode, response.Body) : (200, "");
    }

    private static async Task ApiAsync(WorkflowEngine engine, JsonObject step, string other)
    {
        var path = step["path"]!.GetValue<string>();
        var via = step["via"]?.GetValue<string>() ?? "";
        var (must, mustNot) = Ids(other);
        if (path.Contains("/by-id/", StringComparison.Ordinal))
        {
            var json = JsonNode.Parse((await engine.Definitions.ExportVersionAsync(path.Split("/by-id/")[1]))!)!;
            // A workflow used as an activity is exported without the child's root.
            var activities = json["root"]!["activities"]!.AsArray();
            Assert.NotEmpty(activities);
            Assert.Null(activities[0]!["root"]);
        }
        else if (path.EndsWith("/consumers", StringComparison.Ordinal))
        {
            var consumers = await engine.Definitions.FindConsumersAsync(path.Split('/')[^2]);
            if (other.Contains("is empty", StringComparison.Ordinal)) Assert.Empty(consumers);
            else Assert.All(must, id => Assert.Contains(id, consumers));
        }
        else if (path.EndsWith("/export", StringComparison.Ordinal) && !via.Contains("includeConsumingWorkflows: true", StringComparison.Ordinal))
        {
            var json = JsonNode.Parse((await engine.Definitions.ExportAsync(path.Split('/')[^2]))!)!;
            Assert.Equal(must[^1], json["definitionId"]!.GetValue<string>()); // "definitionId" == "x"
        }
        else
        {
            var body = step["body"]?.GetValue<string>() ?? "";
            var ids = path.EndsWith("/export", StringComparison.Ordinal) ? [path.Split('/')[^2]] : QuotedIds().Matches(body.Split(']')[0]).Select(m => m.Groups[1].Value).ToList();
            var include = via.Contains("includeConsumingWorkflows: true", StringComparison.Ordinal) || body.Contains("IncludeConsumingWorkflows: true", StringComparison.Ordinal);
            var zip = await engine.Definitions.ExportPackageAsync(ids, include);
            using var archive = new ZipArchive(new MemoryStream(zip));
            var exported = archive.Entries.Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return JsonNode.Parse(reader.ReadToEnd())!["definitionId"]!.GetValue<string>();
            }).ToList();
            Assert.All(must, id => Assert.Contains(id, exported));
            Assert.All(mustNot, id => Assert.DoesNotContain(id, exported));
        }
    }

    /// <summary>Quoted ids in Elsa's assertion text: before "NOT" they must be present, after it absent.</summary>
    private static (List<string> Must, List<string> MustNot) Ids(string other)
    {
        var text = other.Split(". (")[0]; // the part after is a remark about other tests
        var parts = text.Split("NOT", 2);
        return (QuotedIds().Matches(parts[0]).Select(m => m.Groups[1].Value).ToList(),
                parts.Length > 1 ? QuotedIds().Matches(parts[1]).Select(m => m.Groups[1].Value).ToList() : []);
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedIds();
}

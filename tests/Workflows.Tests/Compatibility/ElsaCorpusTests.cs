using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Tooling;

namespace Participatie.Workflows.Tests.Compatibility;

/// <summary>Every asserted corpus case whose needs we support runs and meets Elsa's own assertions.</summary>
public sealed class ElsaCorpusTests
{
    public static IEnumerable<object[]> SupportedRunCases() => CorpusCase.Entries(c => c.IsRun && c.UnsupportedNeeds.Count == 0);
    public static IEnumerable<object[]> SupportedPublishCases() => CorpusCase.Entries(c => c.IsPublish && c.UnsupportedNeeds.Count == 0);
    public static IEnumerable<object[]> SupportedScenarioCases() => CorpusCase.Entries(c => c.IsScenario && c.UnsupportedNeeds.Count == 0);
    public static IEnumerable<object[]> UnsupportedCases() => CorpusCase.Entries(c => c.UnsupportedNeeds.Count > 0 || (!c.IsRun && !c.IsPublish && !c.IsScenario));

    private static CorpusCase Case(int index) => CorpusCase.Load()[index];

    [CorpusTheory]
    [MemberData(nameof(SupportedRunCases))]
    public async Task CorpusRunCase_SupportedNeeds_MeetsElsaAssertions(int index)
    {
        var c = Case(index);
        var report = await WorkflowFileRunner.RunAsync(new RunOptions
        {
            File = c.Path(c.File),
            With = c.DependsOn.Select(c.Path).ToList(),
            Input = c.Input,
            ResumeAll = true,
            FlowchartMode = c.IsTokenMode ? FlowchartMode.TokenBased : FlowchartMode.CounterBased,
            Configure = b => b.AddExpressionEvaluator(new MiniCSharpEvaluator()),
        });
        Assert.True(report.Errors.Count == 0, c + ": " + string.Join("\n", report.Errors));
        var instance = report.Instance!;
        var expect = c.Expect;
        var context = $"{c}\nlines: {string.Join(" | ", report.Lines)}\nincidents: {string.Join(" | ", instance.Incidents.Select(i => i.Message))}";

        if (expect["lines"] is JsonArray lines)
        {
            var expected = lines.Select(l => l!.GetValue<string>()).ToList();
            if (expect["linesMode"]?.GetValue<string>() == "exact") Assert.True(expected.SequenceEqual(report.Lines), context);
            else foreach (var line in expected) Assert.True(report.Lines.Contains(line), $"missing '{line}'\n{context}");
        }
        if (expect["status"] is JsonValue status) Assert.True(status.GetValue<string>() == instance.Status.ToString(), context);
        if (expect["subStatus"] is JsonValue subStatus) Assert.True(subStatus.GetValue<string>() == instance.SubStatus.ToString(), context);
        if (expect["outputs"] is JsonObject outputs)
            foreach (var (key, value) in outputs)
                Assert.True(ValueConverter.ToText(value) == ValueConverter.ToText(instance.Output[key]), $"output {key}\n{context}");
        if (expect["variables"] is JsonObject variables)
            foreach (var (key, value) in variables)
                Assert.True(ValueConverter.ToText(value) == ValueConverter.ToText(instance.Variables[key]), $"variable {key}\n{context}");
        if (expect["executionLog"] is JsonObject log)
        {
            var activityId = log["activityId"]!.GetValue<string>();
            var count = instance.Journal.Count(j => j.ActivityId == activityId && j.Status == ActivityStatus.Completed);
            Assert.True(log["count"]!.GetValue<int>() == count, $"journal count of {activityId} = {count}\n{context}");
        }
        if (expect["activityExecutionRecords"] is JsonObject records)
        {
            // Elsa's execution records are our journal entries, in the order they started.
            if (records["activityStateContainsKeyText"] is JsonArray hasText)
            {
                var writeLines = instance.Journal.Where(j => j.ActivityType == "Elsa.WriteLine").OrderBy(j => j.Sequence).ToList();
                Assert.Equal(hasText.Select(b => b!.GetValue<bool>()), writeLines.Select(j => j.Inputs?.ContainsKey("Text") == true));
            }
            if (records["outputsContainKeys"] is JsonArray keys)
            {
                var name = System.Text.RegularExpressions.Regex.Match(records["filter"]!.GetValue<string>(), "'([^']+)'").Groups[1].Value;
                var entry = instance.Journal.Single(j => j.ActivityName == name);
                Assert.All(keys.Select(k => k!.GetValue<string>()), k => Assert.True(entry.Outputs?.ContainsKey(k) == true, $"{name} lacks output {k}\n{context}"));
            }
        }
        if (c.Needs.Contains("state-serialization"))
        {
            var json = JsonSerializer.Serialize(instance);
            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<WorkflowInstance>(json)));
        }
    }

    [CorpusTheory]
    [MemberData(nameof(SupportedPublishCases))]
    public async Task CorpusPublishCase_SupportedNeeds_MatchesElsaPublishResult(int index)
    {
        var c = Case(index);
        var engine = WorkflowEngine.Create();
        var expectations = c.Expect["publish"] is JsonArray many ? many.Select(e => e!.AsObject()).ToList() : [c.Expect["publish"]!.AsObject()];
        for (var i = 0; i < expectations.Count; i++)
        {
            // Each further import of the file is a new definition in Elsa's test (a file without ids gets new ones).
            var json = JsonNode.Parse(await File.ReadAllTextAsync(c.Path(c.File)))!.AsObject();
            if (i > 0)
            {
                if (json["definitionId"] is JsonValue definitionId) json["definitionId"] = definitionId.GetValue<string>() + "-import-" + i;
                if (json["id"] is JsonValue id) json["id"] = id.GetValue<string>() + "-import-" + i;
            }
            var imported = await engine.Definitions.ImportAsync(json.ToJsonString(), publish: false);
            Assert.NotNull(imported.Definition);
            var published = await engine.Definitions.PublishAsync(imported.Definition!.DefinitionId);
            var expected = expectations[i];
            Assert.Equal(expected["succeeded"]!.GetValue<bool>(), published.Succeeded);
            Assert.Equal(
                expected["validationErrors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList(),
                published.Errors.Select(e => e.Message).ToList());
            if (!published.Succeeded)
                Assert.Null(await engine.Definitions.GetPublishedAsync(imported.Definition.DefinitionId));
        }
    }

    [CorpusTheory]
    [MemberData(nameof(SupportedScenarioCases))]
    public async Task CorpusScenarioCase_SupportedNeeds_MeetsElsaAssertions(int index) => await CorpusScenario.RunAsync(Case(index));

    [CorpusTheory]
    [MemberData(nameof(UnsupportedCases))]
    public void CorpusUnsupportedCase_Always_IsListedInDocsWithReason(int index)
    {
        var c = Case(index);
        var docs = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot!, "docs", "workflows.md"));
        var shortName = c.File.Split("__")[^1];
        var testName = c.Test.Split("::")[^1].Trim().Split('(')[0];
        Assert.True(docs.Contains(testName, StringComparison.Ordinal), $"docs/workflows.md does not list {testName} ({shortName}); needs: {string.Join(", ", c.UnsupportedNeeds)}");
    }
}

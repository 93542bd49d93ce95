using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Runtime;

/// <summary>Which inputs the journal keeps: Elsa's logPersistenceMode, with the engine's default when nothing is said.</summary>
public sealed class JournalInputTests
{
    private static JsonObject Line(string id, string text, JsonObject? mode = null)
    {
        var activity = Wf.WriteLine(id, text);
        if (mode is not null) activity["customProperties"] = new JsonObject { ["logPersistenceMode"] = mode };
        return activity;
    }

    [Theory]
    [InlineData(true, "Text", "-")]
    [InlineData(false, "-", "Text")]
    public async Task JournalInputsByDefault_DecidesWhereNothingIsSaid_AnExplicitIncludeAlwaysWins(bool byDefault, string first, string second)
    {
        var engine = WorkflowEngine.Create(b => b.Options.JournalInputsByDefault = byDefault);
        await engine.Definitions.ImportAsync(Wf.Chain("j",
            Line("zonder", "niets gezegd"),
            Line("met", "expliciet", new JsonObject { ["default"] = "Exclude", ["inputs"] = new JsonObject { ["text"] = byDefault ? "Exclude" : "Include" } })), publish: true);

        var run = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "j" });

        string Keys(string id) => run.Instance.Journal.Single(j => j.ActivityId == id).Inputs is { } inputs ? string.Join(",", inputs.Select(i => i.Key)) : "-";
        Assert.Equal((first, second), (Keys("zonder"), Keys("met")));
    }

    [Fact]
    public async Task LongTextInput_IsCutInTheJournal()
    {
        var engine = WorkflowEngine.Create(b => b.Options.JournalInputTextLimit = 5);
        await engine.Definitions.ImportAsync(Wf.Chain("j", Line("lang", "een heel lange regel")), publish: true);

        var run = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "j" });

        Assert.Equal(["een heel lange regel"], run.Lines);
        Assert.Equal("een h…", run.Instance.Journal.Single(j => j.ActivityId == "lang").Inputs!["Text"]!.GetValue<string>());
    }
}

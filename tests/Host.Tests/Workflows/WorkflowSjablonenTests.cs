using System.Text;
using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Workflows;

/// <summary>Every template in workflows-json/templates is a valid workflow for this Host (its domain activities included).</summary>
public sealed class WorkflowSjablonenTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public WorkflowSjablonenTests(ParticipatieFactory factory) => this.factory = factory;

    public static TheoryData<string> Bestanden()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows-json", "templates"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bestanden))]
    public async Task Template_ValidatesWithoutErrors_AndHasANameAndDescription(string bestand)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows-json", "templates", bestand));
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var errors = await (await client.PostAsync("/api/workflows/definitions/validate", new StringContent(json, Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<List<JsonObject>>();
        var definition = JsonNode.Parse(json)!;

        Assert.Empty(errors!.Select(e => e["text"]!.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(definition["name"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(definition["description"]?.GetValue<string>()));
        Assert.Equal("Elsa.Flowchart", definition["root"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Templates_Exist()
    {
        Assert.True(Bestanden().Count >= 2);
    }
}

using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;
using Participatie.Workflows.Registry;
using Participatie.Workflows.Validation;

namespace Participatie.Host.Tests.Workflows;

/// <summary>
/// The designer speaks Dutch: every registered activity type (built-in and the Host's own) has a Dutch name,
/// description, input labels and outcome labels, and every validation message a Dutch text. A new activity without
/// its entries in Labels/nl.json fails here, naming what is missing.
/// </summary>
public sealed class WerkstroomLabelsTests : IClassFixture<ParticipatieFactory>
{
    private const string Ongeldig = """
    { "definitionId": "labels-test", "name": "Labels", "version": 1,
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
        { "id": "start", "type": "Elsa.Start" },
        { "id": "raar", "type": "Elsa.BestaatNiet" },
        { "id": "los", "type": "Elsa.WriteLine" }
      ], "connections": [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "raar", "port": "In" } } ] } }
    """;

    private readonly ParticipatieFactory factory;

    public WerkstroomLabelsTests(ParticipatieFactory factory) => this.factory = factory;

    private async Task<List<ActivityDescriptor>> GeregistreerdAsync() =>
        (await factory.Services.GetRequiredService<WorkflowEngine>().Definitions.ListActivityTypesAsync())
            .Where(d => d.WorkflowDefinitionId is null).ToList();

    [Fact]
    public async Task EveryRegisteredActivity_HasDutchLabelsForItsNameDescriptionCategoryInputsAndOutcomes()
    {
        var nl = factory.Services.GetRequiredService<WerkstroomLabels>().Van(WerkstroomLabels.Nederlands);
        var ontbreekt = new List<string>();

        foreach (var d in await GeregistreerdAsync())
        {
            if (nl.Categories?.ContainsKey(d.Category) != true)
            {
                ontbreekt.Add($"categories.{d.Category}");
            }

            var label = nl.Activities?.GetValueOrDefault(d.TypeName);
            if (string.IsNullOrWhiteSpace(label?.Name) || string.IsNullOrWhiteSpace(label.Description))
            {
                ontbreekt.Add($"activities.{d.TypeName} (name, description)");
            }

            foreach (var input in d.Inputs)
            {
                var invoer = label?.Inputs?.GetValueOrDefault(input.Name);
                if (string.IsNullOrWhiteSpace(invoer?.Name) || string.IsNullOrWhiteSpace(invoer.Description))
                {
                    ontbreekt.Add($"activities.{d.TypeName}.inputs.{input.Name}");
                }
            }

            foreach (var port in d.Ports)
            {
                if (label?.Outcomes?.ContainsKey(port) != true && nl.Outcomes?.ContainsKey(port) != true)
                {
                    ontbreekt.Add($"outcomes.{port} (of {d.TypeName})");
                }
            }
        }

        Assert.Empty(ontbreekt);
    }

    [Fact]
    public async Task DutchCatalogue_NamesOnlyActivitiesAndInputsThatExist()
    {
        var nl = factory.Services.GetRequiredService<WerkstroomLabels>().Van(WerkstroomLabels.Nederlands);
        var types = (await GeregistreerdAsync()).ToDictionary(d => d.TypeName);
        var onbekend = new List<string>();

        foreach (var (typeName, label) in nl.Activities ?? [])
        {
            if (!types.TryGetValue(typeName, out var d))
            {
                onbekend.Add(typeName);
                continue;
            }

            onbekend.AddRange((label.Inputs ?? []).Keys.Where(k => d.Inputs.All(i => i.Name != k)).Select(k => $"{typeName}.inputs.{k}"));
        }

        Assert.Empty(onbekend);
    }

    [Fact]
    public async Task OurOwnActivities_HaveEnglishLabels_BecauseTheirAttributesAreDutch()
    {
        var en = factory.Services.GetRequiredService<WerkstroomLabels>().Van(WerkstroomLabels.Engels);
        var ontbreekt = new List<string>();

        foreach (var d in (await GeregistreerdAsync()).Where(d => d.TypeName.StartsWith("Participatie.", StringComparison.Ordinal)))
        {
            var label = en.Activities?.GetValueOrDefault(d.TypeName);
            if (string.IsNullOrWhiteSpace(label?.Name) || string.IsNullOrWhiteSpace(label.Description) || en.Categories?.ContainsKey(d.Category) != true)
            {
                ontbreekt.Add(d.TypeName);
            }

            ontbreekt.AddRange(d.Inputs.Where(i => string.IsNullOrWhiteSpace(label?.Inputs?.GetValueOrDefault(i.Name)?.Name)).Select(i => $"{d.TypeName}.inputs.{i.Name}"));
        }

        Assert.Empty(ontbreekt);
    }

    [Fact]
    public void EveryValidationMessage_HasADutchText()
    {
        var nl = factory.Services.GetRequiredService<WerkstroomLabels>().Van(WerkstroomLabels.Nederlands);
        var sleutels = typeof(ValidationMessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)
            .Concat(typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!))
            .Distinct();

        var zonderTekst = sleutels.Where(k => string.IsNullOrWhiteSpace(nl.Validation?.GetValueOrDefault(k))).ToList();

        Assert.Empty(zonderTekst);
    }

    [Fact]
    public async Task ActivityTypes_InDutch_TranslateLabelsButKeepTheNamesOfTheJson()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var types = (await client.GetFromJsonAsync<List<JsonObject>>("/api/workflows/activity-types?taal=nl"))!;
        var evt = types.Single(t => t["typeName"]!.GetValue<string>() == "Elsa.Event");
        var decision = types.Single(t => t["typeName"]!.GetValue<string>() == "Elsa.FlowDecision");

        Assert.Equal("Wachten op gebeurtenis", evt["displayName"]!.GetValue<string>());
        Assert.Equal("Primitives", evt["category"]!.GetValue<string>());
        Assert.Equal("Basis", evt["categoryDisplayName"]!.GetValue<string>());
        Assert.Equal("eventName", evt["inputs"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Naam van de gebeurtenis", evt["inputs"]![0]!["displayName"]!.GetValue<string>());
        Assert.Equal(["True", "False"], decision["ports"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("Ja", decision["portLabels"]!["True"]!.GetValue<string>());
        Assert.DoesNotContain(types, t => t["description"]?.GetValue<string>() == "Wait for an event.");
    }

    [Theory]
    [InlineData("/api/workflows/activity-types?taal=en", null)]
    [InlineData("/api/workflows/activity-types", "en-US,en;q=0.9")]
    public async Task ActivityTypes_InEnglish_AreEnglishForElsaAndOurOwn(string address, string? acceptLanguage)
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        var types = (await (await client.SendAsync(request)).Content.ReadFromJsonAsync<List<JsonObject>>())!;

        Assert.Equal("Wait for an event.", types.Single(t => t["typeName"]!.GetValue<string>() == "Elsa.Event")["description"]!.GetValue<string>());
        var task = types.Single(t => t["typeName"]!.GetValue<string>() == "Participatie.HumanTask");
        Assert.Equal("Task for staff", task["displayName"]!.GetValue<string>());
        Assert.Equal("Tasks", task["categoryDisplayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Validate_WithoutLanguage_IsDutch_WithEnglishOnRequest_AndCodesAndLocationsStay()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var nl = (await (await client.PostAsync("/api/workflows/definitions/validate", new StringContent(Ongeldig, Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<List<JsonObject>>())!;
        var en = (await (await client.PostAsync("/api/workflows/definitions/validate?taal=en", new StringContent(Ongeldig, Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<List<JsonObject>>())!;

        var onbekendNl = nl.Single(e => e["code"]!.GetValue<string>() == "WF003");
        Assert.Equal("Onbekend activiteitstype 'Elsa.BestaatNiet'.", onbekendNl["message"]!.GetValue<string>());
        Assert.Equal("raar", onbekendNl["activityId"]!.GetValue<string>());
        Assert.EndsWith("WF003 Onbekend activiteitstype 'Elsa.BestaatNiet'.", onbekendNl["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Unknown activity type 'Elsa.BestaatNiet'.", en.Single(e => e["code"]!.GetValue<string>() == "WF003")["message"]!.GetValue<string>());
        Assert.All(nl, e => Assert.DoesNotMatch(new Regex("^(Unknown|Activity|The |Start activity|Connection)"), e["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Publish_InvalidDraft_Returns422WithDutchMessages()
    {
        var client = await factory.CreateStaffClientAsync("beheer");
        // An invalid import is kept as a draft (and answered with 422), so there is something to publish.
        await client.PostAsync("/api/workflows/definitions/import", new StringContent(Ongeldig.Replace("labels-test", "labels-publiceren"), Encoding.UTF8, "application/json"));

        var response = await client.PostAsync("/api/workflows/definitions/labels-publiceren/publish?taal=nl", null);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Workflow niet geldig", problem["title"]!.GetValue<string>());
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["message"]!.GetValue<string>() == "Onbekend activiteitstype 'Elsa.BestaatNiet'.");
    }

    [Theory]
    [InlineData("en", null, "en")]
    [InlineData(null, "en-GB,nl;q=0.5", "en")]
    [InlineData(null, "de-DE,nl;q=0.8,en;q=0.5", "nl")]
    [InlineData(null, "fr", "nl")]
    [InlineData("nl", "en-US", "nl")]
    [InlineData(null, null, "nl")]
    public void Kies_PrefersTheAskedLanguageThenTheBrowsersThenDutch(string? taal, string? acceptLanguage, string verwacht) =>
        Assert.Equal(verwacht, WerkstroomLabels.Kies(taal, acceptLanguage));
}

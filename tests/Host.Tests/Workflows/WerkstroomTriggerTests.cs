using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Participatie.Host.Domain;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;
using Participatie.Workflows.Persistence;

namespace Participatie.Host.Tests.Workflows;

/// <summary>Published workflows start by themselves in the Host: on schedule (through the timer sweep) and on a domain event.</summary>
public sealed class WerkstroomTriggerTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Definitie(string id, string triggerType, string inputName, string inputValue, string typeName = "String") => $$"""
    { "definitionId": "{{id}}", "name": "{{id}}", "version": 1,
      "variables": [ { "id": "Gegevens", "name": "Gegevens", "typeName": "Object" } ],
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
        { "id": "trigger", "type": "{{triggerType}}", "customProperties": { "canStartWorkflow": true },
          "{{inputName}}": { "typeName": "{{typeName}}", "expression": { "type": "Literal", "value": "{{inputValue}}" } },
          "result": { "typeName": "Object", "memoryReference": { "id": "Gegevens" } } },
        { "id": "zeg", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "gestart" } } }
      ], "connections": [ { "source": { "activity": "trigger", "port": "Done" }, "target": { "activity": "zeg", "port": "In" } } ] } }
    """;

    [Fact]
    public async Task CronWorkflow_Published_TimerSweepStartsEachMinuteOnce()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var factory = new CustomFactory("Development", new Dictionary<string, string?> { ["Participatie:SeedDemoData"] = "false" }, clock: clock);
        var client = await factory.CreateStaffClientAsync("beheer");
        (await client.PostAsync("/api/workflows/definitions/import?publish=true", Json(Definitie("elke-minuut", "Elsa.Cron", "cronExpression", "* * * * *")))).EnsureSuccessStatusCode();
        var sweep = factory.Services.GetServices<IHostedService>().OfType<WorkflowTimerService>().Single();
        var engine = factory.Services.GetRequiredService<WorkflowEngine>();

        clock.Advance(TimeSpan.FromSeconds(150));
        await sweep.SweepAsync(CancellationToken.None);
        await sweep.SweepAsync(CancellationToken.None);
        var afterTwoMinutes = await engine.Runtime.ListAsync(new InstanceFilter { DefinitionId = "elke-minuut" });
        clock.Advance(TimeSpan.FromMinutes(1));
        await sweep.SweepAsync(CancellationToken.None);
        var afterThree = await engine.Runtime.ListAsync(new InstanceFilter { DefinitionId = "elke-minuut" });
        var triggers = await client.GetFromJsonAsync<List<JsonObject>>("/api/workflows/triggers");

        Assert.Equal(2, afterTwoMinutes.Count);
        Assert.Equal(3, afterThree.Count);
        Assert.All(afterThree, i => Assert.Equal("Finished", i.SubStatus.ToString()));
        Assert.Contains(triggers!, t => t["definitionId"]!.GetValue<string>() == "elke-minuut" && t["cronExpression"]!.GetValue<string>() == "* * * * *");
    }

    [Fact]
    public async Task EventWorkflow_OnInitiatiefIngediend_StartsOnceWithReferenceAndNoPersonalData()
    {
        using var factory = new ParticipatieFactory();
        var engine = factory.Services.GetRequiredService<WorkflowEngine>();
        var imported = await engine.Definitions.ImportAsync(Definitie("bij-indienen", "Elsa.Event", "eventName", WerkstroomGebeurtenissen.InitiatiefIngediend), publish: true);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        string buurtCode;
        await using (var db = await factory.CreateDbContextAsync())
        {
            buurtCode = db.Buurten.OrderBy(b => b.Id).Select(b => b.Code).First();
        }

        var aanvraag = new NieuwInitiatief("Geveltuintjes", "Groen in de straat", buurtCode, Thema.Groen, null, null, 6, ["geld"], true,
            300m, 50m, 10, false, null, "Fatima de Vries", "fatima@example.nl", null, null, null, "sleutel-gevel-1");
        Initiatief eerste;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            eerste = await scope.ServiceProvider.GetRequiredService<InitiatiefService>().DienInAsync(aanvraag, CancellationToken.None);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // The same submission again (a retry from the chat): the same occurrence, no second start.
            await scope.ServiceProvider.GetRequiredService<InitiatiefService>().DienInAsync(aanvraag, CancellationToken.None);
        }

        var instance = Assert.Single(await engine.Runtime.ListAsync(new InstanceFilter { DefinitionId = "bij-indienen" }));
        Assert.Equal(eerste.Referentie, instance.CorrelationId);
        Assert.Equal("Finished", instance.SubStatus.ToString());
        var gegevens = instance.Variables["Gegevens"]!.AsObject();
        Assert.Equal((eerste.Id, eerste.Referentie), (gegevens["initiatiefId"]!.GetValue<int>(), gegevens["referentie"]!.GetValue<string>()));
        Assert.DoesNotContain("fatima", gegevens.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }
}

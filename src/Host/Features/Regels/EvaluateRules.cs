using System.Text.Json.Nodes;
using Participatie.Host.Features.Werkstromen;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// Runs a rule set from <c>workflows-json/rules</c> and continues on a port per success event of the
/// rules that passed, plus <c>Passed</c> (something passed) or <c>Failed</c> (nothing did). The full
/// result tree is kept with the instance and in the initiative's decisions, so it can be explained later.
/// </summary>
[Activity("Participatie", "Regels", "Voert een regelset uit; uitgangen per SuccessEvent plus Passed/Failed. Bewaart de uitleg.")]
[Ports("Passed", "Failed")]
public sealed class EvaluateRules : Activity
{
    [Input(Description = "Naam van de regelset (RulesEngine-workflow), bijvoorbeeld ondersteuning of routering.")]
    public Input<string> Regelset { get; set; } = new();

    [Input(Description = "Invoer voor de regels (optioneel). Zonder invoer gebruikt de activiteit het initiatief uit de variabele InitiatiefId.")]
    public Input<object> Invoer { get; set; } = new();

    [Input(Description = "Naam waaronder de regels de invoer zien (standaard: initiatief, of buurt voor buurtselectie).")]
    public Input<string> InvoerNaam { get; set; } = new();

    [Output(Description = "De success events van de geslaagde regels.")]
    public Output<string[]> Uitkomsten { get; set; } = new();

    [Output(Description = "De volledige resultaatboom met uitleg.")]
    public Output<object> Resultaat { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var regelset = await context.GetAsync(Regelset);
        if (string.IsNullOrWhiteSpace(regelset))
        {
            throw new InvalidOperationException($"Activiteit '{Id}' noemt geen regelset.");
        }

        var naam = await context.GetAsync(InvoerNaam);
        naam = string.IsNullOrWhiteSpace(naam) ? regelset == RegelsetCatalog.Buurtselectie ? "buurt" : "initiatief" : naam;
        var catalog = context.GetRequiredService<RegelsetCatalog>();
        var invoer = await BouwInvoerAsync(context);
        var resultaten = catalog.Execute(regelset, naam, invoer, context.CancellationToken);

        var geslaagd = resultaten.Where(r => r.IsSuccess).Select(r => r.Rule.SuccessEvent ?? r.Rule.RuleName).Distinct().ToArray();
        var boom = new JsonArray(resultaten.Select(Boom).ToArray<JsonNode?>());
        context.Set(Uitkomsten, geslaagd);
        context.Set(Resultaat, (object?)boom);

        var beslissingen = context.GetRequiredService<RegelBeslissingen>();
        var initiatiefId = WorkflowVariables.Int(context, WorkflowVariables.InitiatiefId);
        var programmaId = WorkflowVariables.Int(context, WorkflowVariables.ProgrammaId);
        var instanceId = context.InstanceId;
        var versie = catalog.Versie(regelset);
        var json = boom.ToJsonString();
        context.InCommit((commit, _) =>
        {
            beslissingen.VoegToe(commit.Db(), instanceId, Id, regelset, versie, initiatiefId, programmaId, geslaagd, json);
            return Task.CompletedTask;
        });
        context.Complete([.. geslaagd, geslaagd.Length > 0 ? "Passed" : "Failed"]);
    }

    private async Task<object> BouwInvoerAsync(ActivityExecutionContext context)
    {
        var invoer = await context.EvaluateAsync(Invoer);
        if (invoer is not null)
        {
            return DataValues.FromJson(invoer.ToJsonString()) ?? new object();
        }

        var initiatiefId = WorkflowVariables.Int(context, WorkflowVariables.InitiatiefId)
            ?? throw new InvalidOperationException($"Activiteit '{Id}' heeft geen invoer en de werkstroom geen variabele InitiatiefId.");
        var bron = context.GetRequiredService<InitiatiefRegelBron>();
        return await bron.VoorInitiatiefAsync(initiatiefId, context.CancellationToken);
    }

    /// <summary>A result as JSON: rule, success, success event or explanation, children.</summary>
    internal static JsonObject Boom(RuleResultTree r) => new()
    {
        ["regel"] = r.Rule.RuleName,
        ["geslaagd"] = r.IsSuccess,
        ["uitleg"] = r.IsSuccess ? r.Rule.SuccessEvent ?? r.Rule.RuleName : r.ExceptionMessage,
        ["onderdelen"] = r.ChildResults is null ? null : new JsonArray(r.ChildResults.Select(Boom).ToArray<JsonNode?>()),
    };
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Features.Regels;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// Runs the <c>uitdaagrecht</c> rule set over the request: admissible only when every rule passes. The reasons
/// (what passed, what did not and why) are kept on the request and in the rule decisions, so the residents hear them.
/// </summary>
[Activity("Participatie", "Uitdaagrecht", "Toetst met de regelset uitdaagrecht of een verzoek ontvankelijk is; bewaart de redenen.")]
[Ports(Ontvankelijk, NietOntvankelijk)]
public sealed class ToetsUitdaagrecht : Activity
{
    public const string Ontvankelijk = "Ontvankelijk";
    public const string NietOntvankelijk = "NietOntvankelijk";

    [Input(Description = "Naam van de regelset (standaard uitdaagrecht).")]
    public Input<string> Regelset { get; set; } = new();

    [Output(Description = "De redenen: wat ontbreekt, of waarom het verzoek ontvankelijk is.")]
    public Output<string[]> Redenen { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var regelset = await context.GetAsync(Regelset) is { Length: > 0 } naam ? naam : RegelsetCatalog.Uitdaagrecht;
        var verzoekId = UitdaagrechtVariabelen.Verzoek(context, Id);
        // Activities resolve from the root provider: read through the context factory, not a scoped service.
        UitdaagrechtRegelInvoer invoer;
        await using (var db = await context.GetRequiredService<IDbContextFactory<ParticipatieDbContext>>().CreateDbContextAsync(context.CancellationToken))
        {
            invoer = UitdaagrechtService.RegelInvoer(await db.UitdaagrechtVerzoeken.AsNoTracking().Include(v => v.Buurt).SingleAsync(v => v.Id == verzoekId, context.CancellationToken));
        }

        var catalog = context.GetRequiredService<RegelsetCatalog>();
        var resultaten = catalog.Execute(regelset, "uitdaging", invoer, context.CancellationToken);
        var ontvankelijk = resultaten.Count > 0 && resultaten.All(r => r.IsSuccess);
        var redenen = ontvankelijk
            ? resultaten.Select(r => r.Rule.SuccessEvent ?? r.Rule.RuleName).ToArray()
            : resultaten.Where(r => !r.IsSuccess).SelectMany(UitdaagrechtRedenen.Van).ToArray();
        context.Set(Redenen, redenen);

        var beslissingen = context.GetRequiredService<RegelBeslissingen>();
        var boom = new JsonArray(resultaten.Select(EvaluateRules.Boom).ToArray<JsonNode?>()).ToJsonString();
        var geslaagd = resultaten.Where(r => r.IsSuccess).Select(r => r.Rule.SuccessEvent ?? r.Rule.RuleName).ToArray();
        var instanceId = context.InstanceId;
        var versie = catalog.Versie(regelset);
        context.InCommit(async (commit, ct) =>
        {
            var db = commit.Db();
            beslissingen.VoegToe(db, instanceId, Id, regelset, versie, null, null, geslaagd, boom);
            var verzoek = await db.UitdaagrechtVerzoeken.SingleAsync(v => v.Id == verzoekId, ct);
            verzoek.OntvankelijkheidRedenen = [.. redenen];
        });
        context.Complete(ontvankelijk ? Ontvankelijk : NietOntvankelijk);
    }
}

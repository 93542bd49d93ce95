using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Domain;
using Participatie.Host.Features.Regels;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Programmas;

/// <summary>Runs the buurtselectie rules over all buurten and keeps the top ones, with reasons, for the programme.</summary>
[Activity("Participatie", "Programma", "Selecteert de buurten met de buurtselectie-regels (top N met redenen).")]
public sealed class SelecteerBuurten : Activity
{
    [Input(Description = "Hoeveel buurten (standaard 2).")]
    public Input<int?> Aantal { get; set; } = new();

    [Output(Description = "De gekozen buurten: code, naam, score en redenen.")]
    public Output<object> Buurten { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var aantal = await context.GetAsync(Aantal) ?? 2;
        var programmaId = WorkflowVariables.Int(context, WorkflowVariables.ProgrammaId);
        var scopes = context.GetRequiredService<IServiceScopeFactory>();
        IReadOnlyList<BuurtSelectie.Beoordeling> top;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var alle = await scope.ServiceProvider.GetRequiredService<BuurtSelectie>().BeoordeelAsync(context.CancellationToken);
            top = BuurtSelectie.Top(alle, aantal);
        }

        var gekozen = new JsonArray(top.Select(b => (JsonNode?)new JsonObject
        {
            ["code"] = b.Code,
            ["naam"] = b.Naam,
            ["wijk"] = b.WijkNaam,
            ["score"] = b.Score,
            ["redenen"] = new JsonArray(b.Criteria.Where(c => c.Voldaan).Select(c => (JsonNode?)c.Uitleg).ToArray()),
        }).ToArray());
        context.Set(Buurten, (object?)gekozen);

        var beslissingen = context.GetRequiredService<RegelBeslissingen>();
        var versie = context.GetRequiredService<RegelsetCatalog>().Versie(RegelsetCatalog.Buurtselectie);
        var instanceId = context.InstanceId;
        context.InCommit(async (commit, ct) =>
        {
            var db = commit.Db();
            beslissingen.VoegToe(db, instanceId, Id, RegelsetCatalog.Buurtselectie, versie, null, programmaId,
                top.Select(b => b.Code).ToList(), gekozen.ToJsonString());
            if (programmaId is null)
            {
                return;
            }

            var codes = top.Select(b => b.Code).ToList();
            var buurten = await db.Buurten.Where(b => codes.Contains(b.Code)).ToDictionaryAsync(b => b.Code, ct);
            db.ProgrammaBuurten.RemoveRange(db.ProgrammaBuurten.Where(p => p.ProgrammaId == programmaId));
            var rang = 1;
            foreach (var b in top)
            {
                db.ProgrammaBuurten.Add(new ProgrammaBuurt
                {
                    ProgrammaId = programmaId.Value,
                    BuurtId = buurten[b.Code].Id,
                    Rang = rang++,
                    Score = b.Score,
                    Redenen = b.Criteria.Where(c => c.Voldaan).Select(c => c.Uitleg).ToList(),
                });
            }
        });
        context.Complete();
    }
}

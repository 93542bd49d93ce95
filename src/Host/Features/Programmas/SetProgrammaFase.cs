using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Programmas;

/// <summary>Marks a programme phase active or done; outputs the phase's deadline for the tasks in it.</summary>
[Activity("Participatie", "Programma", "Zet een fase van het programma op actief of afgerond; geeft de einddatum van de fase.")]
public sealed class SetProgrammaFase : Activity
{
    [Input(Description = "Code van de fase: analyse, selectie, uitvoering, voorstel, advies of besluit.")]
    public Input<string> Fase { get; set; } = new();

    [Input(Description = "Actief of Afgerond.")]
    public Input<string> Status { get; set; } = new();

    [Output(Description = "De einddatum (deadline) van de fase.")]
    public Output<DateTimeOffset> Einddatum { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var code = await context.GetAsync(Fase);
        var statusText = await context.GetAsync(Status) ?? nameof(ProgrammaStatus.Actief);
        if (!Enum.TryParse<ProgrammaStatus>(statusText, ignoreCase: true, out var status))
        {
            throw new InvalidOperationException($"'{statusText}' is geen fasestatus.");
        }

        var programmaId = WorkflowVariables.Int(context, WorkflowVariables.ProgrammaId)
            ?? throw new InvalidOperationException("De werkstroom heeft geen variabele ProgrammaId.");
        var contexts = context.GetRequiredService<IDbContextFactory<ParticipatieDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(context.CancellationToken))
        {
            var fase = await db.ProgrammaFases.AsNoTracking().SingleOrDefaultAsync(f => f.ProgrammaId == programmaId && f.Code == code, context.CancellationToken)
                ?? throw new InvalidOperationException($"Programma {programmaId} heeft geen fase '{code}'.");
            context.Set(Einddatum, new DateTimeOffset(DateTime.SpecifyKind(fase.EindDatum, DateTimeKind.Utc)).AddDays(1).AddSeconds(-1));
        }

        context.InCommit(async (commit, ct) =>
        {
            var db = commit.Db();
            var programma = await db.Programmas.Include(p => p.Fases).SingleAsync(p => p.Id == programmaId, ct);
            programma.Fases.Single(f => f.Code == code).Status = status;
            programma.Status = programma.Fases.All(f => f.Status == ProgrammaStatus.Afgerond) ? ProgrammaStatus.Afgerond : ProgrammaStatus.Actief;
        });
        context.Complete();
    }
}

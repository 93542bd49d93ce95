using Microsoft.EntityFrameworkCore;
using Participatie.Host.Domain;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>Moves the workflow's initiative to a status, with a dated entry in its history.</summary>
[Activity("Participatie", "Initiatief", "Zet de status van het initiatief (met een regel in de historie).")]
public sealed class SetInitiatiefStatus : Activity
{
    [Input(Description = "De nieuwe status: Ingediend, InBehandeling, Advies, Besluit, Toegekend, Afgewezen, InUitvoering, Afgerond, Ingetrokken of OvergenomenDoorGemeente.")]
    public Input<string> Status { get; set; } = new();

    [Input(Description = "Toelichting bij de statuswijziging (optioneel).")]
    public Input<string> Toelichting { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var tekst = await context.GetAsync(Status);
        if (!Enum.TryParse<InitiatiefStatus>(tekst, ignoreCase: true, out var status))
        {
            throw new InvalidOperationException($"'{tekst}' is geen initiatiefstatus. Kies uit: {string.Join(", ", Enum.GetNames<InitiatiefStatus>())}.");
        }

        var toelichting = await context.GetAsync(Toelichting);
        var initiatiefId = WorkflowVariables.Int(context, WorkflowVariables.InitiatiefId)
            ?? throw new InvalidOperationException("De werkstroom heeft geen variabele InitiatiefId.");
        var op = context.Now.UtcDateTime;
        context.InCommit(async (commit, ct) =>
        {
            var db = commit.Db();
            var initiatief = await db.Initiatieven.SingleOrDefaultAsync(i => i.Id == initiatiefId, ct);
            if (initiatief is not null && initiatief.Status != InitiatiefStatus.Ingetrokken)
            {
                initiatief.ZetStatus(status, op, "werkstroom", toelichting);
            }
        });
        context.Complete();
    }
}

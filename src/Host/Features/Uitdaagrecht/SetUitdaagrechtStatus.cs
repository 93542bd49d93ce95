using Microsoft.EntityFrameworkCore;
using Participatie.Host.Domain;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>Moves the workflow's uitdaagrecht request to a status the residents see in the chat.</summary>
[Activity("Participatie", "Uitdaagrecht", "Zet de status van het uitdaagrechtverzoek.")]
public sealed class SetUitdaagrechtStatus : Activity
{
    [Input(Description = "De nieuwe status: Ingediend, NietOntvankelijk, InBeoordeling, BesluitCollege, Afgewezen, Overeenkomst, Lopend of Beeindigd.")]
    public Input<string> Status { get; set; } = new();

    [Input(Description = "Toelichting bij de status (optioneel).")]
    public Input<string> Toelichting { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var tekst = await context.GetAsync(Status);
        if (!Enum.TryParse<UitdaagrechtStatus>(tekst, ignoreCase: true, out var status))
        {
            throw new InvalidOperationException($"'{tekst}' is geen uitdaagrechtstatus. Kies uit: {string.Join(", ", Enum.GetNames<UitdaagrechtStatus>())}.");
        }

        var toelichting = await context.GetAsync(Toelichting);
        var verzoekId = UitdaagrechtVariabelen.Verzoek(context, Id);
        var op = context.Now.UtcDateTime;
        context.InCommit(async (commit, ct) =>
        {
            var verzoek = await commit.Db().UitdaagrechtVerzoeken.SingleOrDefaultAsync(v => v.Id == verzoekId, ct);
            if (verzoek is not null && verzoek.Status != UitdaagrechtStatus.Ingetrokken)
            {
                verzoek.ZetStatus(status, op, toelichting);
            }
        });
        context.Complete();
    }
}

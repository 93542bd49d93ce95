using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Chat;
using Participatie.Host.Data;
using Participatie.Host.Initiatieven;
using Participatie.Workflows.Activities;

namespace Participatie.Host.WorkflowActivities;

/// <summary>
/// Sends the resident a Dutch message in the conversation the initiative came from. The message is
/// stored with the conversation, so it is shown also when the resident comes back later.
/// </summary>
[Activity("Participatie", "Bewoner", "Stuurt de bewoner een bericht in het chatgesprek van het initiatief.")]
public sealed class NotifyResident : Activity
{
    [Input(Description = "Het bericht aan de bewoner.", UIHint = "multiline")]
    public Input<string> Bericht { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var bericht = await context.GetAsync(Bericht);
        var initiatiefId = WorkflowVariables.Int(context, WorkflowVariables.InitiatiefId);
        if (!string.IsNullOrWhiteSpace(bericht) && initiatiefId is { } id)
        {
            var contexts = context.GetRequiredService<IDbContextFactory<ParticipatieDbContext>>();
            var notifier = context.GetRequiredService<ResidentNotifier>();
            context.AfterCommit(async ct =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var initiatief = await db.Initiatieven.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
                if (initiatief is not null)
                {
                    await notifier.NotifyAsync(initiatief.ConversationId,
                        new InitiatiefMelding(initiatief.Referentie, initiatief.Titel, bericht, InitiatiefStatusTeksten.Stap(initiatief.Status, "nl")), ct);
                }
            });
        }

        context.Complete();
    }
}

using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Chat;
using Participatie.Host.Data;
using Participatie.Host.Initiatieven;
using Participatie.Workflows.Activities;

namespace Participatie.Host.WorkflowActivities;

/// <summary>
/// Sends the resident a Dutch message in the conversation the initiative came from, through the outbox
/// (<see cref="UitgaandeBerichten"/>). The message is stored with the conversation, so it is shown also when the
/// resident comes back later.
/// </summary>
[Activity("Participatie", "Bewoner", "Stuurt de bewoner een bericht in het chatgesprek van het initiatief.")]
public sealed class NotifyResident : Activity
{
    [Input(Description = "Het bericht aan de bewoner. Alleen teksten die beheer heeft goedgekeurd worden verstuurd; {referentie}, {titel}, {buurt} en {status} worden ingevuld.", UIHint = "multiline")]
    public Input<string> Bericht { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var bericht = await context.GetAsync(Bericht);
        var initiatiefId = WorkflowVariables.Int(context, WorkflowVariables.InitiatiefId);
        if (!string.IsNullOrWhiteSpace(bericht) && initiatiefId is { } id)
        {
            var outbox = context.GetRequiredService<UitgaandeBerichten>();
            var sjablonen = context.GetRequiredService<BerichtSjablonen>();
            var instanceId = context.InstanceId;
            var versie = $"{context.DefinitionId} v{context.Instance.Version}";
            string? berichtId = null;
            // The message is placed in the outbox within the step's transaction, and delivered after its commit:
            // a crash in between delays it, never loses it; a step that does not commit sends nothing.
            context.InCommit(async (commit, ct) =>
            {
                var db = commit.Db();
                // Tracked, so a status set earlier in this same step (not yet saved) is the one the message names.
                var initiatief = await db.Initiatieven.Include(i => i.Buurt).SingleOrDefaultAsync(i => i.Id == id, ct);
                if (initiatief?.ConversationId is { Length: > 0 } conversationId)
                {
                    // Only approved texts reach residents: a new text is proposed to beheer and the message waits for it.
                    var sjabloon = await sjablonen.VindOfStelVoorAsync(db, bericht, versie, ct);
                    var stap = InitiatiefStatusTeksten.Stap(initiatief.Status, "nl");
                    var tekst = BerichtSjablonen.Vul(bericht, initiatief.Referentie, initiatief.Titel, initiatief.Buurt?.Naam, stap);
                    var melding = new InitiatiefMelding(initiatief.Referentie, initiatief.Titel, tekst, stap);
                    berichtId = outbox.PlaatsChat(db, conversationId, melding, id, instanceId, versie, sjabloon);
                }
            });
            context.AfterCommit(ct => berichtId is null ? Task.CompletedTask : outbox.BezorgAsync(berichtId, ct));
        }

        context.Complete();
    }
}

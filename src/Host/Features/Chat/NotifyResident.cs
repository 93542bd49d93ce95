using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Domain;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Chat;

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
            BewonerBerichtStap.Plaats(context, bericht, id, async (db, ct) =>
            {
                var initiatief = await db.Initiatieven.Include(i => i.Buurt).SingleOrDefaultAsync(i => i.Id == id, ct);
                if (initiatief?.ConversationId is not { Length: > 0 } conversationId)
                {
                    return null;
                }

                var stap = InitiatiefStatusTeksten.Stap(initiatief.Status, "nl");
                var tekst = BerichtSjablonen.Vul(bericht, initiatief.Referentie, initiatief.Titel, initiatief.Buurt?.Naam, stap);
                return new BewonerBericht(conversationId, new InitiatiefMelding(initiatief.Referentie, initiatief.Titel, tekst, stap));
            });
        }

        context.Complete();
    }
}

using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>The bot's window on the uitdaagrecht; each call opens its own scope (the bot adapter is a singleton).</summary>
public sealed class UitdaagrechtDiensten(IServiceScopeFactory scopes) : IUitdaagrechtDiensten
{
    public async Task<UitdaagrechtIngediend> DienUitdaagrechtInAsync(UitdaagrechtAanvraag aanvraag, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<UitdaagrechtService>();
        var verzoek = await service.DienInAsync(new NieuwUitdaagrechtVerzoek(
            aanvraag.Taak, aanvraag.BuurtCode, aanvraag.Locatie, aanvraag.Organisatievorm, null, aanvraag.AantalLeden, aanvraag.VerwachteKosten,
            aanvraag.ContactNaam, aanvraag.ContactEmail, aanvraag.ContactTelefoon, aanvraag.ConversationId, aanvraag.UserId), cancellationToken);
        return new UitdaagrechtIngediend(verzoek.Referentie);
    }

    public async Task<IReadOnlyList<UitdaagrechtOverzicht>> ZoekUitdaagrechtAsync(string? userId, string? conversationId, string taal, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        // Only requests made in this conversation: a guessed number reveals nothing of someone else's request.
        var verzoeken = await db.UitdaagrechtVerzoeken.AsNoTracking()
            .Where(v => v.ConversationId == conversationId)
            .OrderByDescending(v => v.Id).Take(10).ToListAsync(cancellationToken);
        var result = new List<UitdaagrechtOverzicht>(verzoeken.Count);
        foreach (var v in verzoeken)
        {
            DateTime? uiterlijk = null;
            if (v.Status == UitdaagrechtStatus.BesluitCollege && v.WorkflowInstanceId is { } instanceId)
            {
                uiterlijk = await db.Taken.AsNoTracking()
                    .Where(t => t.WorkflowInstanceId == instanceId && t.Status == TaakStatus.Open && t.Rol == "college")
                    .Select(t => (DateTime?)t.VervalDatum).FirstOrDefaultAsync(cancellationToken);
            }

            var redenen = v.Status == UitdaagrechtStatus.NietOntvankelijk ? v.OntvankelijkheidRedenen : [];
            result.Add(new UitdaagrechtOverzicht(v.Referentie, v.Taak, UitdaagrechtStatusTeksten.Stap(v.Status, taal), v.StatusGewijzigdOp, redenen, uiterlijk));
        }

        return result;
    }
}

using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Data;

namespace Participatie.Host.Features.Uitwisseling;

/// <summary>The bot's window on exchange between initiatives; each call opens its own scope (the bot adapter is a singleton).</summary>
public sealed class UitwisselingDiensten(IServiceScopeFactory scopes) : IUitwisselingDiensten
{
    public async Task<VergelijkbaarAntwoord> ZoekVergelijkbaarAsync(string? conversationId, string taal, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return new VergelijkbaarAntwoord(null, null, []);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        var eigen = await db.Initiatieven.AsNoTracking().Where(i => i.ConversationId == conversationId)
            .OrderByDescending(i => i.Id).Select(i => new { i.Id, i.Referentie, i.Titel }).FirstOrDefaultAsync(cancellationToken);
        if (eigen is null)
        {
            return new VergelijkbaarAntwoord(null, null, []);
        }

        var matches = await scope.ServiceProvider.GetRequiredService<VergelijkbareInitiatieven>().ZoekAsync(eigen.Id, 5, cancellationToken) ?? [];
        var engels = taal == "en";
        return new VergelijkbaarAntwoord(eigen.Referentie, eigen.Titel, matches
            .Select(m => new VergelijkbaarInitiatief(m.Referentie, m.Titel, m.Wijk, UitwisselingService.ThemaNaam(m.Thema, engels), m.ZelfdeThema, m.GedeeldeWoorden, m.Score))
            .ToList());
    }

    public async Task<ContactAanvraagResultaat> VraagContactAanAsync(string? conversationId, string vanReferentie, string naarReferentie, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        // The asking initiative must be one of this conversation's.
        var van = await db.Initiatieven.Include(i => i.Bewoner).SingleOrDefaultAsync(i => i.Referentie == vanReferentie && i.ConversationId == conversationId && conversationId != null, cancellationToken);
        var naar = await db.Initiatieven.Include(i => i.Bewoner).SingleOrDefaultAsync(i => i.Referentie == naarReferentie, cancellationToken);
        if (van is null || naar is null)
        {
            return ContactAanvraagResultaat.NietGevonden;
        }

        var (resultaat, _) = await scope.ServiceProvider.GetRequiredService<UitwisselingService>().VraagAanAsync(van, naar, "bewoner", cancellationToken);
        return resultaat;
    }

    public async Task<ContactAntwoordResultaat> BeantwoordContactAsync(string? conversationId, int verzoekId, bool ja, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UitwisselingService>().BeantwoordAsync(verzoekId, conversationId, ja, cancellationToken);
    }

    public async Task<bool> TrekContactToestemmingInAsync(string? conversationId, int verzoekId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UitwisselingService>().TrekInAsync(verzoekId, conversationId, cancellationToken);
    }

    public async Task<int> ZetUitwisselingAsync(string? conversationId, bool meedoen, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UitwisselingService>().ZetAfmeldingAsync(conversationId, meedoen, cancellationToken);
    }
}

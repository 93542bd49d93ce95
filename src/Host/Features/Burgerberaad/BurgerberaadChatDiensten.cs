using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Data;
using Participatie.Host.Security;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// The chat's window on the burgerberaad. A code is stored only as a hash scoped to its beraad, so finding the beraad
/// means hashing the code for each beraad that sent letters (a municipality has a handful) and looking the hashes up
/// in one query. Registering goes through <see cref="BurgerberaadService.MeldAanAsync"/>, exactly as the page does.
/// The bot adapter is a singleton, so each call opens its own scope.
/// </summary>
public sealed class BurgerberaadChatDiensten(IServiceScopeFactory scopes, TimeProvider clock, Chat.CodePogingen pogingen, IHttpContextAccessor http) : IBurgerberaadDiensten
{
    public async Task<BurgerberaadZoekResultaat> ZoekBeraadAsync(string code, CancellationToken cancellationToken)
    {
        if (!Briefcodes.LijktOpCode(code))
        {
            return new(BurgerberaadCodeUitkomst.Onbekend);
        }

        // One budget of wrong codes with the registration page, per conversation and per client address.
        var klant = Chat.CodeKlant.VanChat(http.HttpContext);
        pogingen.WeigerAlsGeblokkeerd(klant);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        var beraden = await db.Burgerberaden.AsNoTracking().Where(b => b.UitgenodigdOp != null).Select(b => b.Id).ToListAsync(cancellationToken);
        var perHash = beraden.ToDictionary(id => Briefcodes.Hash(BurgerberaadService.CodeScope(id), code), id => id, StringComparer.Ordinal);
        var hashes = perHash.Keys.ToList();
        var gevonden = await db.BurgerberaadAdressen.AsNoTracking()
            .Where(a => a.CodeHash != null && hashes.Contains(a.CodeHash))
            .Select(a => new { a.BeraadId, a.CodeHash }).FirstOrDefaultAsync(cancellationToken);
        if (gevonden is null || perHash[gevonden.CodeHash!] != gevonden.BeraadId)
        {
            pogingen.TelFout(klant);
            return new(BurgerberaadCodeUitkomst.Onbekend);
        }

        var beraad = (await scope.ServiceProvider.GetRequiredService<BurgerberaadService>().LaadAsync(gevonden.BeraadId, cancellationToken))!;
        if (clock.GetUtcNow().UtcDateTime >= beraad.AanmeldenTot || beraad.SelectieStatus != Domain.BurgerberaadSelectieStatus.NietGestart)
        {
            return new(BurgerberaadCodeUitkomst.Gesloten);
        }

        if (beraad.Quota.Count == 0)
        {
            return new(BurgerberaadCodeUitkomst.NogNietOpen);
        }

        // The same questions, values and order as the page (BurgerberaadPubliekApi.Publiek).
        var publiek = BurgerberaadPubliekApi.Publiek(beraad, clock);
        return new(BurgerberaadCodeUitkomst.Open, new BurgerberaadVragen(publiek.Id, publiek.Thema, publiek.Gebied, publiek.AanmeldenTot,
            publiek.Kenmerken.Select(k => new BurgerberaadKenmerk(k.Naam, k.Waarden)).ToList()));
    }

    public async Task<BurgerberaadAanmeldResultaat> MeldAanAsync(BurgerberaadAanmeldVerzoek verzoek, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<BurgerberaadService>();
        var uitkomst = await service.MeldAanAsync(verzoek.BeraadId,
            new BurgerberaadService.Aanmelding(verzoek.Code, verzoek.Naam, verzoek.Email, verzoek.Telefoon,
                new Dictionary<string, string>(verzoek.Antwoorden, StringComparer.Ordinal), verzoek.Beschikbaarheid, verzoek.ConversationId),
            cancellationToken);
        return uitkomst switch
        {
            null => BurgerberaadAanmeldResultaat.Niet("Dit burgerberaad bestaat niet meer."),
            { Weigering: { } w } => BurgerberaadAanmeldResultaat.Niet(w.Tekst),
            { Gelukt: false } u => BurgerberaadAanmeldResultaat.Niet([.. u.Fouten.Values.SelectMany(t => t)]),
            { Waarde: var (aanmelding, nieuw) } => BurgerberaadAanmeldResultaat.Opgeslagen(nieuw, aanmelding.Pseudoniem),
        };
    }
}

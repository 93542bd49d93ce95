using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// The volunteers' personal data of a beraad (names, contact data, availability, street addresses and the chat
/// transcripts of registrations made in the chat) and their erasure: on request by beleid once the panel is drawn,
/// and automatically <see cref="PrivacyOptions.BurgerberaadTermijn"/> after the draw (<see cref="IBewaartermijnRegel"/>).
/// Pseudonyms, answers, chances and the published files stay: they never held any of it. One code path for both, so
/// what "erased" means cannot drift apart; each erasure is one transaction with its audit entry.
/// </summary>
public sealed class BurgerberaadPersoonsgegevens(ParticipatieDbContext db, IOptions<PrivacyOptions> options, TimeProvider clock) : IBewaartermijnRegel
{
    public const string Gewist = "[gewist]";

    public const string Soort = "burgerberaad";

    public sealed record WisResultaat(int Aanmeldingen, int Adressen);

    /// <summary>Erases the beraad's volunteers' personal data for a staff member (logged as theirs).</summary>
    public Task<WisResultaat> WisOpVerzoekAsync(int beraadId, ClaimsPrincipal user, CancellationToken ct) =>
        WisAsync(beraadId, () => InzageLog.Staf(db, user, clock, $"burgerberaad: persoonsgegevens gewist (beraad {beraadId})", InzageLog.Onderwerp(Soort, beraadId)), ct);

    /// <summary>
    /// Erases the volunteers' data of every beraad whose panel was drawn longer than the retention period ago. A beraad
    /// whose draw never finished (not started, failed) counts from the close of registration, so abandoned ones do not
    /// keep their volunteers forever; one whose draw is queued or running waits for it.
    /// </summary>
    public async Task<int> PasToeAsync(CancellationToken ct)
    {
        var grens = clock.GetUtcNow().UtcDateTime - options.Value.BurgerberaadTermijn;
        var verlopen = await db.Burgerberaden.AsNoTracking()
            .Where(b => (b.SelectieStatus == BurgerberaadSelectieStatus.Klaar && b.SelectieKlaarOp < grens)
                || ((b.SelectieStatus == BurgerberaadSelectieStatus.NietGestart || b.SelectieStatus == BurgerberaadSelectieStatus.Mislukt) && b.AanmeldenTot < grens))
            .Where(b => db.BurgerberaadAanmeldingen.Any(a => a.BeraadId == b.Id && a.Naam != Gewist)
                || db.BurgerberaadAdressen.Any(a => a.BeraadId == b.Id && a.Straat != Gewist))
            .OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);
        foreach (var id in verlopen)
        {
            await WisAsync(id, () => InzageLog.Systeem(db, clock, PersoonsgegevensInzage.Bewaartermijn, InzageLog.Onderwerp(Soort, id)), ct);
        }

        return verlopen.Count;
    }

    private async Task<WisResultaat> WisAsync(int beraadId, Action log, CancellationToken ct)
    {
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        var gesprekken = (await db.BurgerberaadAanmeldingen.AsNoTracking().Where(a => a.BeraadId == beraadId).Select(a => a.ConversationIds).ToListAsync(ct))
            .SelectMany(g => g).ToList();
        var aanmeldingen = await db.BurgerberaadAanmeldingen.Where(a => a.BeraadId == beraadId && a.Naam != Gewist)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Naam, Gewist).SetProperty(a => a.Email, (string?)null)
                .SetProperty(a => a.Telefoon, (string?)null).SetProperty(a => a.Beschikbaarheid, (string?)null), ct);
        if (gesprekken.Count > 0)
        {
            await db.BurgerberaadAanmeldingen.Where(a => a.BeraadId == beraadId)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.ConversationIds, new List<string>()), ct);
        }

        // The postcode keeps its four digits, as for residents: the part of town, not the person.
        var adressen = await db.BurgerberaadAdressen.Where(a => a.BeraadId == beraadId && a.Straat != Gewist)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Straat, Gewist).SetProperty(a => a.Huisnummer, 0)
                .SetProperty(a => a.Toevoeging, (string?)null).SetProperty(a => a.Postcode, a => a.Postcode.Substring(0, 4)), ct);
        ChatTranscripten.Wis(db, gesprekken);
        log();
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        return new WisResultaat(aanmeldingen, adressen);
    }
}

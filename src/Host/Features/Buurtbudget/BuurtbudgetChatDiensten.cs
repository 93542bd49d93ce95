using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// The buurtbudget dialogs of the chat bot, answered by the same services as the API and the voting page: a ballot
/// cast in the chat is stored, checked and replaced exactly as one from the page.
/// </summary>
public sealed class BuurtbudgetChatDiensten(IServiceScopeFactory scopes, TimeProvider clock, Chat.CodePogingen pogingen, IHttpContextAccessor http) : IBuurtbudgetDiensten
{
    public async Task<IReadOnlyList<BuurtbudgetRondeInfo>> RondesVoorVoorstellenAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rondes = await scope.ServiceProvider.GetRequiredService<BuurtbudgetVoorstellen>().OpenRondesAsync(cancellationToken);
        return [.. rondes.Select(r => new BuurtbudgetRondeInfo(r.Id, r.Naam, r.BuurtNaam, r.Budget))];
    }

    public async Task<BuurtbudgetVoorstelUitkomst> DienVoorstelInAsync(BuurtbudgetVoorstelAanvraag aanvraag, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var uitkomst = await scope.ServiceProvider.GetRequiredService<BuurtbudgetVoorstellen>().DienInAsync(aanvraag.RondeId,
            new BuurtbudgetVoorstellen.NieuwVoorstel(aanvraag.Titel, aanvraag.Omschrijving, aanvraag.Kosten, aanvraag.Plek, IndienerContact: aanvraag.Contact),
            cancellationToken);
        if (uitkomst is null)
        {
            return new BuurtbudgetVoorstelUitkomst(false, false, [], ["Deze ronde bestaat niet meer."]);
        }

        return uitkomst.Waarde is { } voorstel
            ? new BuurtbudgetVoorstelUitkomst(true, voorstel.Status == BuurtbudgetVoorstelStatus.Ontvankelijk, voorstel.Redenen, [])
            : new BuurtbudgetVoorstelUitkomst(false, false, [], uitkomst.Fouten);
    }

    public async Task<BuurtbudgetStembiljet?> StembiljetAsync(string stemcode, CancellationToken cancellationToken)
    {
        // One budget of wrong codes with the voting page, per conversation and per client address.
        var klant = Chat.CodeKlant.VanChat(http.HttpContext);
        pogingen.WeigerAlsGeblokkeerd(klant);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        var nu = clock.GetUtcNow().UtcDateTime;
        // The code is hashed with its round: try each round open for voting (there are few at a time).
        var open = await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Projecten)
            .Where(r => r.Fase == BuurtbudgetFase.Stemmen && r.StemmenTot > nu).ToListAsync(cancellationToken);
        foreach (var ronde in open)
        {
            var hash = Stemcodes.Hash(ronde.Id, stemcode);
            if (await db.Stemcodes.AnyAsync(c => c.RondeId == ronde.Id && c.Hash == hash, cancellationToken))
            {
                return new BuurtbudgetStembiljet(ronde.Id, ronde.Naam, ronde.MaxProjecten, ronde.MaxBedrag, ronde.StemmenTot,
                    [.. ronde.Projecten.OrderBy(p => p.Id).Select(p => new BuurtbudgetKeuze(p.Code, p.Titel, p.Kosten))], ronde.MinimumLeeftijd,
                    ronde.PuntenPerKiezer, ronde.PuntenPerKiezer is null ? null : ronde.MaxPuntenPerProject ?? ronde.PuntenPerKiezer);
            }
        }

        pogingen.TelFout(klant);
        return null;
    }

    public async Task<IReadOnlyList<string>> ControleerAsync(int rondeId, IReadOnlyList<string> projecten, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ronde = await scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>().BuurtbudgetRondes.AsNoTracking()
            .Include(r => r.Projecten).SingleOrDefaultAsync(r => r.Id == rondeId, cancellationToken);
        return ronde is null ? ["Deze ronde bestaat niet."] : BuurtbudgetService.Controleer(ronde, projecten);
    }

    public async Task<BuurtbudgetStemResultaat> StemAsync(int rondeId, string stemcode, IReadOnlyList<string> projecten, int? geboortejaar, CancellationToken cancellationToken) =>
        await StemAsync(rondeId, stemcode, new Stem(projecten, null), geboortejaar, cancellationToken);

    /// <summary>The points ballot against the page's own checks, all reasons in one list (the chat has no fields to put them by).</summary>
    public async Task<IReadOnlyList<string>> ControleerPuntenAsync(int rondeId, IReadOnlyDictionary<string, int> punten, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ronde = await scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>().BuurtbudgetRondes.AsNoTracking()
            .Include(r => r.Projecten).SingleOrDefaultAsync(r => r.Id == rondeId, cancellationToken);
        return ronde is null
            ? ["Deze ronde bestaat niet."]
            : [.. BuurtbudgetService.ControleerStem(ronde, new Stem(null, Decimalen(punten))).SelectMany(f => f.Value)];
    }

    public async Task<BuurtbudgetStemResultaat> StemMetPuntenAsync(int rondeId, string stemcode, IReadOnlyDictionary<string, int> punten, int? geboortejaar, CancellationToken cancellationToken) =>
        await StemAsync(rondeId, stemcode, new Stem(null, Decimalen(punten)), geboortejaar, cancellationToken);

    private static Dictionary<string, decimal> Decimalen(IReadOnlyDictionary<string, int> punten) => punten.ToDictionary(p => p.Key, p => (decimal)p.Value);

    private async Task<BuurtbudgetStemResultaat> StemAsync(int rondeId, string stemcode, Stem stem, int? geboortejaar, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var klant = Chat.CodeKlant.VanChat(http.HttpContext);
        pogingen.WeigerAlsGeblokkeerd(klant);
        var uitkomst = await scope.ServiceProvider.GetRequiredService<BuurtbudgetService>().StemAsync(rondeId, stemcode, stem, geboortejaar, cancellationToken);
        if (uitkomst == StemUitkomst.OngeldigeCode)
        {
            pogingen.TelFout(klant);
        }

        return uitkomst switch
        {
            StemUitkomst.Geteld => BuurtbudgetStemResultaat.Geteld,
            StemUitkomst.Vervangen => BuurtbudgetStemResultaat.Vervangen,
            StemUitkomst.Gesloten or StemUitkomst.NogNietOpen => BuurtbudgetStemResultaat.Gesloten,
            StemUitkomst.OngeldigBiljet => BuurtbudgetStemResultaat.OngeldigBiljet,
            StemUitkomst.TeJong => BuurtbudgetStemResultaat.TeJong,
            _ => BuurtbudgetStemResultaat.OngeldigeCode,
        };
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Regels;
using Participatie.Rules.Engine;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// Proposals for a round: submitted in the chat or put on the list by staff from an initiative that asked for money.
/// Each is judged at once by the eligibility rules, with their reasons; eligible ones get a feasibility task when the
/// review phase begins (<see cref="BuurtbudgetFaseOvergang"/>).
/// </summary>
public sealed class BuurtbudgetVoorstellen(ParticipatieDbContext db, RegelsetCatalog regels, TimeProvider clock)
{
    public const string Regelset = "buurtbudget-voorstel";
    public const string HulpsoortGeld = "geld";

    public sealed record NieuwVoorstel(string? Titel, string? Omschrijving, decimal Kosten, string? Plek, string? IndienerNaam = null, string? IndienerContact = null);

    public sealed record OpenRonde(int Id, string Naam, string BuurtNaam, decimal Budget, DateTime VoorstellenTot);

    /// <summary>Rounds taking proposals now.</summary>
    public async Task<IReadOnlyList<OpenRonde>> OpenRondesAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        return await db.BuurtbudgetRondes.AsNoTracking()
            .Where(r => r.Fase == BuurtbudgetFase.Voorstellen && r.VoorstellenTot > nu)
            .OrderBy(r => r.VoorstellenTot)
            .Select(r => new OpenRonde(r.Id, r.Naam, r.Buurt!.Naam, r.Budget, r.VoorstellenTot!.Value))
            .ToListAsync(ct);
    }

    /// <summary>A resident's proposal (from the chat). Null when the round does not exist.</summary>
    public async Task<BuurtbudgetService.Uitkomst<BuurtbudgetVoorstel>?> DienInAsync(int rondeId, NieuwVoorstel invoer, CancellationToken ct)
    {
        var ronde = await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Buurt).SingleOrDefaultAsync(r => r.Id == rondeId, ct);
        if (ronde is null)
        {
            return null;
        }

        var fouten = new List<string>();
        if (!NeemtVoorstellenAan(ronde))
        {
            fouten.Add($"De ronde '{ronde.Naam}' neemt nu geen voorstellen aan.");
        }

        if (string.IsNullOrWhiteSpace(invoer.Titel))
        {
            fouten.Add("Geef het voorstel een titel.");
        }

        if (string.IsNullOrWhiteSpace(invoer.Omschrijving))
        {
            fouten.Add("Beschrijf het voorstel.");
        }

        if (invoer.Kosten <= 0)
        {
            fouten.Add("Geef een schatting van de kosten (meer dan € 0).");
        }

        if (fouten.Count > 0)
        {
            return new(null, fouten);
        }

        var voorstel = new BuurtbudgetVoorstel
        {
            RondeId = ronde.Id,
            Titel = Kort(invoer.Titel!, 200),
            Omschrijving = Kort(invoer.Omschrijving!, 4000),
            Kosten = invoer.Kosten,
            Plek = string.IsNullOrWhiteSpace(invoer.Plek) ? null : Kort(invoer.Plek, 200),
            PlekBuurtId = await ZoekBuurtAsync(invoer.Plek, ct),
            Bron = BuurtbudgetVoorstelBron.Chat,
            IndienerNaam = string.IsNullOrWhiteSpace(invoer.IndienerNaam) ? null : Kort(invoer.IndienerNaam, 200),
            IndienerContact = string.IsNullOrWhiteSpace(invoer.IndienerContact) ? null : Kort(invoer.IndienerContact, 200),
            IngediendOp = clock.GetUtcNow().UtcDateTime,
        };
        Beoordeel(voorstel, ronde);
        db.BuurtbudgetVoorstellen.Add(voorstel);
        await db.SaveChangesAsync(ct);
        return new(voorstel, []);
    }

    /// <summary>
    /// Staff action "op de stemlijst zetten": an initiative that asked for money becomes a proposal of the round, judged
    /// by the same rules. Null when the round does not exist.
    /// </summary>
    public async Task<BuurtbudgetService.Uitkomst<BuurtbudgetVoorstel>?> VanInitiatiefAsync(int rondeId, int initiatiefId, CancellationToken ct)
    {
        var ronde = await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Buurt).SingleOrDefaultAsync(r => r.Id == rondeId, ct);
        if (ronde is null)
        {
            return null;
        }

        var initiatief = await db.Initiatieven.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiatiefId, ct);
        var fouten = new List<string>();
        if (initiatief is null)
        {
            fouten.Add($"Initiatief {initiatiefId} bestaat niet.");
        }
        else if (!initiatief.GevraagdeHulp.Contains(HulpsoortGeld))
        {
            fouten.Add($"Initiatief {initiatief.Referentie} vraagt geen geld; alleen een initiatief dat om geld vraagt kan op de stemlijst.");
        }

        if (ronde.Fase is not (BuurtbudgetFase.Voorbereiding or BuurtbudgetFase.Voorstellen or BuurtbudgetFase.Beoordeling))
        {
            fouten.Add("Het stembiljet van deze ronde ligt al vast.");
        }

        if (await db.BuurtbudgetVoorstellen.AnyAsync(v => v.RondeId == rondeId && v.InitiatiefId == initiatiefId, ct))
        {
            fouten.Add($"Initiatief {initiatief?.Referentie ?? initiatiefId.ToString(CultureInfo.InvariantCulture)} staat al op de lijst van deze ronde.");
        }

        if (fouten.Count > 0)
        {
            return new(null, fouten);
        }

        var voorstel = new BuurtbudgetVoorstel
        {
            RondeId = ronde.Id,
            Titel = Kort(initiatief!.Titel, 200),
            Omschrijving = Kort(initiatief.Omschrijving, 4000),
            Kosten = initiatief.GevraagdBedrag > 0 ? initiatief.GevraagdBedrag : initiatief.GeraamdBudget,
            PlekBuurtId = initiatief.BuurtId,
            IsCommercieel = initiatief.IsCommercieel,
            Bron = BuurtbudgetVoorstelBron.Initiatief,
            InitiatiefId = initiatief.Id,
            IngediendOp = clock.GetUtcNow().UtcDateTime,
        };
        Beoordeel(voorstel, ronde);
        db.BuurtbudgetVoorstellen.Add(voorstel);
        await db.SaveChangesAsync(ct);
        return new(voorstel, []);
    }

    /// <summary>Initiatives in the round's buurt that asked for money and are not on its list yet: offered to staff.</summary>
    public async Task<IReadOnlyList<Initiatief>> KandidatenAsync(int rondeId, CancellationToken ct)
    {
        var ronde = await db.BuurtbudgetRondes.AsNoTracking().SingleOrDefaultAsync(r => r.Id == rondeId, ct);
        if (ronde is null)
        {
            return [];
        }

        var opLijst = db.BuurtbudgetVoorstellen.Where(v => v.RondeId == rondeId && v.InitiatiefId != null).Select(v => v.InitiatiefId);
        var inBuurt = await db.Initiatieven.AsNoTracking()
            .Where(i => i.BuurtId == ronde.BuurtId && !opLijst.Contains(i.Id)
                && i.Status != InitiatiefStatus.Ingetrokken && i.Status != InitiatiefStatus.Afgewezen)
            .OrderBy(i => i.Id).ToListAsync(ct);
        return inBuurt.Where(i => i.GevraagdeHulp.Contains(HulpsoortGeld)).ToList();
    }

    public bool NeemtVoorstellenAan(BuurtbudgetRonde ronde) =>
        ronde.Fase == BuurtbudgetFase.Voorstellen && ronde.VoorstellenTot > clock.GetUtcNow().UtcDateTime;

    /// <summary>The eligibility rules over a proposal: status and the reason per condition.</summary>
    private void Beoordeel(BuurtbudgetVoorstel voorstel, BuurtbudgetRonde ronde)
    {
        var invoer = new BuurtbudgetVoorstelRegelInvoer(voorstel.Titel, voorstel.Omschrijving,
            (voorstel.Titel + " " + voorstel.Omschrijving).ToLowerInvariant(), (double)voorstel.Kosten, (double)ronde.Budget,
            voorstel.PlekBuurtId == ronde.BuurtId, ronde.Buurt?.Naam ?? "de buurt", voorstel.IsCommercieel, voorstel.Bron.ToString());
        var resultaten = regels.Execute(Regelset, "voorstel", invoer);
        var redenen = resultaten.SelectMany(Bladeren).ToList();
        var ontvankelijk = resultaten.Count > 0 && resultaten.All(r => r.IsSuccess);
        voorstel.Status = ontvankelijk ? BuurtbudgetVoorstelStatus.Ontvankelijk : BuurtbudgetVoorstelStatus.NietOntvankelijk;
        // The proposer reads why it was refused; when it passed, the one line that says so.
        voorstel.Redenen = ontvankelijk
            ? [.. resultaten.Select(r => r.Rule.SuccessEvent ?? r.Rule.RuleName)]
            : [.. redenen.Where(r => !r.Voldaan).Select(r => r.Uitleg)];
    }

    private static IEnumerable<(bool Voldaan, string Uitleg)> Bladeren(RuleResultTree node)
    {
        if (node.ChildResults is null)
        {
            yield return (node.IsSuccess, node.IsSuccess ? node.Rule.SuccessEvent ?? node.Rule.RuleName : node.ExceptionMessage);
            yield break;
        }

        foreach (var kind in node.ChildResults.SelectMany(Bladeren))
        {
            yield return kind;
        }
    }

    /// <summary>The buurt of a place as typed: a postcode (its four digits) or a buurt's name.</summary>
    private async Task<int?> ZoekBuurtAsync(string? plek, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(plek))
        {
            return null;
        }

        var postcode = System.Text.RegularExpressions.Regex.Match(plek, @"\b(\d{4})\s?[A-Za-z]{0,2}\b");
        if (postcode.Success)
        {
            var pc4 = postcode.Groups[1].Value;
            if (await db.BuurtPostcodes.Where(p => p.Postcode4 == pc4).Select(p => (int?)p.BuurtId).FirstOrDefaultAsync(ct) is { } perPostcode)
            {
                return perPostcode;
            }
        }

        var tekst = plek.ToLowerInvariant();
        var buurten = await db.Buurten.AsNoTracking().Select(b => new { b.Id, b.Naam }).ToListAsync(ct);
        return buurten.Where(b => tekst.Contains(b.Naam.ToLowerInvariant(), StringComparison.Ordinal))
            .OrderByDescending(b => b.Naam.Length).Select(b => (int?)b.Id).FirstOrDefault();
    }

    private static string Kort(string tekst, int max)
    {
        var t = tekst.Trim();
        return t.Length > max ? t[..max] : t;
    }
}

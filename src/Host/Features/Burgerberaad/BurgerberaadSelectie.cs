using Microsoft.EntityFrameworkCore;
using Participatie.Burgerberaad.Csv;
using Participatie.Burgerberaad.Lottery;
using Participatie.Burgerberaad.Selection;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// Runs one beraad's selection: writes the categories and respondents files, reads them back with the engine's readers
/// (so the engine runs on exactly the files anyone can download), computes the LEXIMIN lottery, draws the panel and the
/// reserves with the announced seed, and stores it all in one transaction. Addresses that did not register are erased
/// then: they are no longer needed.
/// </summary>
public sealed partial class BurgerberaadSelectie(ParticipatieDbContext db, TimeProvider clock, ILogger<BurgerberaadSelectie> logger)
{
    public const string CategorieenBestand = "categories.csv";
    public const string RespondentenBestand = "respondents.csv";

    /// <summary>Claims a queued selection (one node only, when several share the database) and runs it. False when there was nothing to claim.</summary>
    public async Task<bool> VoerUitAsync(int beraadId, CancellationToken ct)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var geclaimd = await db.Burgerberaden
            .Where(b => b.Id == beraadId && (b.SelectieStatus == BurgerberaadSelectieStatus.InWachtrij || b.SelectieStatus == BurgerberaadSelectieStatus.Bezig))
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.SelectieStatus, BurgerberaadSelectieStatus.Bezig).SetProperty(b => b.SelectieGestartOp, nu), ct);
        if (geclaimd == 0)
        {
            return false;
        }

        var beraad = await db.Burgerberaden.Include(b => b.Quota).SingleAsync(b => b.Id == beraadId, ct);
        var aanmeldingen = await db.BurgerberaadAanmeldingen.Where(a => a.BeraadId == beraadId).ToListAsync(ct);
        var categorieenCsv = StratificatieBestanden.Categorieen(beraad.Quota);
        var respondentenCsv = StratificatieBestanden.Respondenten(beraad.Quota, aanmeldingen);

        // The engine is CPU-bound and synchronous: minutes for a thousand volunteers. It runs on a pool thread so the
        // background service's loop, and the host's shutdown, are not blocked by it.
        var (outcome, drawn, problemen) = await Task.Run(() => Bereken(categorieenCsv, respondentenCsv, beraad.Omvang, beraad.Seed!.Value, beraad.Reserves), ct);

        beraad.CategorieenCsv = categorieenCsv;
        beraad.RespondentenCsv = respondentenCsv;
        beraad.SelectieKlaarOp = clock.GetUtcNow().UtcDateTime;
        if (outcome?.Result is not { } result || drawn is null)
        {
            beraad.SelectieStatus = BurgerberaadSelectieStatus.Mislukt;
            beraad.SelectieFout = string.Join("\n", problemen);
            beraad.Conflict = outcome?.Conflict?.Bounds.Select(b => b.ToString()).ToList() ?? [];
            beraad.Versoepeling = outcome?.Conflict?.Relaxation.Select(c => c.ToString()).ToList() ?? [];
            await db.SaveChangesAsync(ct);
            LogMislukt(beraadId, beraad.SelectieFout);
            return true;
        }

        var kansen = result.Probabilities.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var panel = drawn.Panel.ToHashSet(StringComparer.Ordinal);
        var reserves = drawn.Reserves.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i + 1, StringComparer.Ordinal);
        foreach (var aanmelding in aanmeldingen)
        {
            aanmelding.Kans = kansen.GetValueOrDefault(aanmelding.Pseudoniem);
            aanmelding.Uitkomst = panel.Contains(aanmelding.Pseudoniem) ? BurgerberaadUitkomst.Lid
                : reserves.ContainsKey(aanmelding.Pseudoniem) ? BurgerberaadUitkomst.Reserve : BurgerberaadUitkomst.NietGeloot;
            aanmelding.ReserveNummer = reserves.TryGetValue(aanmelding.Pseudoniem, out var nummer) ? nummer : null;
        }

        beraad.SelectieStatus = BurgerberaadSelectieStatus.Klaar;
        beraad.SelectieFout = null;
        beraad.Conflict = [];
        beraad.Versoepeling = [];
        beraad.MinKans = result.MinProbability;
        beraad.Samenstelling = drawn.CompositionIndex;

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var aangemeld = db.BurgerberaadAanmeldingen.Where(a => a.BeraadId == beraadId).Select(a => a.AdresId);
        await db.BurgerberaadAdressen.Where(a => a.BeraadId == beraadId && !aangemeld.Contains(a.Id)).ExecuteDeleteAsync(ct);
        await transactie.CommitAsync(ct);
        LogKlaar(beraadId, aanmeldingen.Count, drawn.Panel.Count, drawn.Reserves.Count);
        return true;
    }

    /// <summary>The engine on the two files, as the CLI runs it, plus the reserves.</summary>
    public static (SelectionOutcome? Outcome, DrawnPanel? Drawn, IReadOnlyList<string> Problemen) Bereken(
        string categorieenCsv, string respondentenCsv, int omvang, long seed, int reserves)
    {
        var categories = CategoriesCsv.Read(new StringReader(categorieenCsv), CategorieenBestand);
        if (categories.Value is not { } quota)
        {
            return (null, null, categories.Diagnostics.Select(d => d.ToString()).ToList());
        }

        var pool = RespondentsCsv.Read(new StringReader(respondentenCsv), quota, RespondentenBestand);
        if (pool.Value is not { } vrijwilligers)
        {
            return (null, null, pool.Diagnostics.Select(d => d.ToString()).ToList());
        }

        // No time limit: a lottery cut short depends on how fast this machine was, so nobody could re-run the
        // published draw. The job runs in the background; a large pool takes minutes (docs/performance.md).
        var outcome = LeximinSelector.Select(quota, vrijwilligers, omvang);
        if (outcome.Result is not { } result)
        {
            return (outcome, null, outcome.Diagnostics.Select(d => d.ToString()).ToList());
        }

        return (outcome, PanelDraw.Draw(result, seed, reserves), []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Burgerberaad {Id}: {Vrijwilligers} volunteers, panel of {Panel} and {Reserves} reserves drawn")]
    private partial void LogKlaar(int id, int vrijwilligers, int panel, int reserves);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Burgerberaad {Id}: selection refused: {Fout}")]
    private partial void LogMislukt(int id, string fout);
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// The life of a rule set: the shipped file imported as version 1, a shared draft that staff save (valid or
/// not), publishing a valid draft as the next version, rolling back to an earlier text, and the audit trail
/// of every version put in use. The newest version is handed to <see cref="RegelsetCatalog"/>, so the bot and
/// the workflows use it from their next evaluation on; other nodes on the same database are told at once
/// (<see cref="NodeChannels.Regelsets"/>) and put it in use within a second.
/// </summary>
public sealed partial class RegelsetBeheer(
    ParticipatieDbContext db,
    RegelsetCatalog catalog,
    RegelsetControle controle,
    INodeSignals signals,
    TimeProvider clock,
    ILogger<RegelsetBeheer> logger)
{
    /// <summary>Who imports the shipped files.</summary>
    public const string Systeem = "systeem";

    private const int Pogingen = 5;

    /// <summary>At start: import shipped files that have no version yet (or changed while staff never published), then put the newest versions in use.</summary>
    public async Task LaadAsync(CancellationToken ct)
    {
        var problemen = new List<string>();
        await ImporteerBestandenAsync(problemen, ct);
        problemen.AddRange(await ActiveerNieuwsteAsync(ct));
        catalog.MeldProblemen(problemen);
    }

    /// <summary>Puts versions published since the last look in use (also by another process on the same database).</summary>
    public async Task<IReadOnlyList<string>> ActiveerNieuwsteAsync(CancellationToken ct)
    {
        var problemen = new List<string>();
        var laatste = await db.RegelsetVersies.AsNoTracking()
            .GroupBy(v => v.Regelset)
            .Select(g => new { Regelset = g.Key, Nummer = g.Max(v => v.Nummer) })
            .ToListAsync(ct);
        foreach (var l in laatste)
        {
            if (catalog.Gepubliceerd(l.Regelset) is { } huidig && huidig.Nummer >= l.Nummer)
            {
                continue;
            }

            // Newest first; if the engine refuses it (only possible for rows written around the application),
            // an older one is used rather than none.
            var kandidaten = await db.RegelsetVersies.AsNoTracking()
                .Where(v => v.Regelset == l.Regelset)
                .OrderByDescending(v => v.Nummer)
                .ToListAsync(ct);
            foreach (var versie in kandidaten)
            {
                if (catalog.Gepubliceerd(l.Regelset) is { } actief && actief.Nummer >= versie.Nummer)
                {
                    break;
                }

                var result = catalog.Activeer(Actief(versie));
                if (result.Succeeded)
                {
                    break;
                }

                problemen.AddRange(result.Errors.Select(e => $"{l.Regelset} versie {versie.Nummer}: {e}"));
            }
        }

        return problemen;
    }

    public async Task<IReadOnlyList<RegelsetVersie>> VersiesAsync(string naam, CancellationToken ct) =>
        await db.RegelsetVersies.AsNoTracking().Where(v => v.Regelset == naam).OrderByDescending(v => v.Nummer).ToListAsync(ct);

    public Task<RegelsetVersie?> VersieAsync(string naam, int nummer, CancellationToken ct) =>
        db.RegelsetVersies.AsNoTracking().SingleOrDefaultAsync(v => v.Regelset == naam && v.Nummer == nummer, ct);

    public Task<RegelsetConcept?> ConceptAsync(string naam, CancellationToken ct) =>
        db.RegelsetConcepten.AsNoTracking().SingleOrDefaultAsync(c => c.Regelset == naam, ct);

    /// <summary>
    /// Saves the shared draft, also when it has errors (work is never lost). <paramref name="revisie"/> is the revision
    /// the caller edited (null for none); if someone saved in between, nothing is saved and the current draft comes back.
    /// </summary>
    public async Task<(RegelsetConcept Concept, bool Conflict)> BewaarConceptAsync(string naam, string json, int? revisie, string door, CancellationToken ct)
    {
        var concept = await db.RegelsetConcepten.SingleOrDefaultAsync(c => c.Regelset == naam, ct);
        var nu = clock.GetUtcNow().UtcDateTime;
        if (concept is null)
        {
            if (revisie is > 0)
            {
                // The draft the caller edited was published or removed meanwhile.
                return (new RegelsetConcept { Regelset = naam, Json = json, Door = door, Op = nu }, true);
            }

            concept = new RegelsetConcept { Regelset = naam, Json = json, Revisie = 1, BasisVersie = catalog.Gepubliceerd(naam)?.Nummer, Door = door, Op = nu };
            db.RegelsetConcepten.Add(concept);
        }
        else if (revisie != concept.Revisie)
        {
            return (concept, true);
        }
        else
        {
            concept.Json = json;
            concept.Revisie++;
            concept.Door = door;
            concept.Op = nu;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return (concept, false);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (await ConceptAsync(naam, ct) ?? concept, true);
        }
    }

    public async Task<bool> VerwijderConceptAsync(string naam, CancellationToken ct)
    {
        var concept = await db.RegelsetConcepten.SingleOrDefaultAsync(c => c.Regelset == naam, ct);
        if (concept is null)
        {
            return false;
        }

        db.RegelsetConcepten.Remove(concept);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Publishes the draft as the next version — only if it is valid and still the revision the caller reviewed.</summary>
    public async Task<RegelsetWijziging> PubliceerAsync(string naam, int revisie, string toelichting, string door, CancellationToken ct)
    {
        var concept = await db.RegelsetConcepten.SingleOrDefaultAsync(c => c.Regelset == naam, ct);
        if (concept is null)
        {
            return new RegelsetWijziging.NietGevonden($"Er is geen concept van '{naam}' om te publiceren.");
        }

        if (concept.Revisie != revisie)
        {
            return new RegelsetWijziging.Conflict(concept);
        }

        var controleUitkomst = controle.Controleer(naam, concept.Json);
        if (!controleUitkomst.Geldig)
        {
            return new RegelsetWijziging.Ongeldig(controleUitkomst.Problemen, controleUitkomst.Document);
        }

        if (catalog.Gepubliceerd(naam) is { } actief && actief.Sha256 == Sha256(concept.Json))
        {
            return new RegelsetWijziging.Ongewijzigd(actief.Nummer);
        }

        return await VoegToeEnActiveerAsync(naam, concept.Json, door, RegelsetBron.Editor, RegelsetActie.Gepubliceerd, toelichting, null, concept, ct);
    }

    /// <summary>Puts an earlier version's text in use again, as a new version (history is never rewritten).</summary>
    public async Task<RegelsetWijziging> ZetTerugAsync(string naam, int nummer, string toelichting, string door, CancellationToken ct)
    {
        var doel = await VersieAsync(naam, nummer, ct);
        if (doel is null)
        {
            return new RegelsetWijziging.NietGevonden($"Versie {nummer} van '{naam}' bestaat niet.");
        }

        if (catalog.Gepubliceerd(naam) is { } actief && actief.Sha256 == doel.Sha256)
        {
            return new RegelsetWijziging.Ongewijzigd(actief.Nummer);
        }

        // An old text is checked again: the inputs may have changed since it was in use.
        var controleUitkomst = controle.Controleer(naam, doel.Json);
        if (!controleUitkomst.Geldig)
        {
            return new RegelsetWijziging.Ongeldig(controleUitkomst.Problemen, controleUitkomst.Document);
        }

        return await VoegToeEnActiveerAsync(naam, doel.Json, door, RegelsetBron.Terugzetting, RegelsetActie.Teruggezet, toelichting, nummer, null, ct);
    }

    /// <summary>The audit trail (newest first), optionally of one rule set, and whether the whole chain is intact.</summary>
    public async Task<(bool Intact, IReadOnlyList<RegelsetLogboekRegel> Regels)> LogboekAsync(string? regelset, CancellationToken ct)
    {
        var alle = await db.RegelsetLogboek.AsNoTracking().OrderBy(r => r.Volgnummer).ToListAsync(ct);
        var regels = alle.Where(r => regelset is null || r.Regelset == regelset).OrderByDescending(r => r.Volgnummer).ToList();
        return (RegelsetLogboek.IsIntact(alle), regels);
    }

    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private static ActieveRegelset Actief(RegelsetVersie versie) =>
        new(versie.Regelset, versie.Nummer, versie.Sha256, versie.Json, versie.Op, versie.Door, versie.Toelichting);

    private async Task ImporteerBestandenAsync(List<string> problemen, CancellationToken ct)
    {
        if (!Directory.Exists(catalog.Directory))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(catalog.Directory, "*.json").Order(StringComparer.Ordinal))
        {
            var naam = Path.GetFileNameWithoutExtension(file);
            var json = await File.ReadAllTextAsync(file, ct);
            var sha = Sha256(json);
            var laatste = await db.RegelsetVersies.AsNoTracking().Where(v => v.Regelset == naam).OrderByDescending(v => v.Nummer).FirstOrDefaultAsync(ct);
            if (laatste is not null && (laatste.Sha256 == sha || await db.RegelsetVersies.AnyAsync(v => v.Regelset == naam && v.Sha256 == sha, ct)))
            {
                continue;
            }

            if (laatste is not null && laatste.Bron != RegelsetBron.Bestand)
            {
                // Policy staff published their own version: a changed shipped file does not overrule them.
                LogShippedFileIgnored(Path.GetFileName(file), laatste.Nummer);
                continue;
            }

            var uitkomst = controle.Controleer(naam, json);
            if (!uitkomst.Geldig)
            {
                problemen.AddRange(uitkomst.Problemen.Where(p => p.IsError).Select(p => p.ToString()));
                continue;
            }

            var toelichting = laatste is null ? "Meegeleverd regelbestand" : "Nieuwe versie van het meegeleverde regelbestand";
            try
            {
                await VoegToeEnActiveerAsync(naam, json, Systeem, RegelsetBron.Bestand, RegelsetActie.Geimporteerd, toelichting, null, null, ct);
            }
            catch (DbUpdateException)
            {
                // Another process on the same database imported it first.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<RegelsetWijziging> VoegToeEnActiveerAsync(
        string naam, string json, string door, RegelsetBron bron, RegelsetActie actie, string? toelichting, int? teruggezetNaar, RegelsetConcept? concept, CancellationToken ct)
    {
        for (var poging = 1; ; poging++)
        {
            var vorige = await db.RegelsetVersies.Where(v => v.Regelset == naam).MaxAsync(v => (int?)v.Nummer, ct);
            var laatsteRegel = await db.RegelsetLogboek.AsNoTracking().OrderByDescending(r => r.Volgnummer).FirstOrDefaultAsync(ct);
            var op = clock.GetUtcNow().UtcDateTime;
            var versie = new RegelsetVersie
            {
                Regelset = naam,
                Nummer = (vorige ?? 0) + 1,
                Json = json,
                Sha256 = Sha256(json),
                Door = door,
                Op = op,
                Toelichting = toelichting,
                Bron = bron,
                TeruggezetNaar = teruggezetNaar,
            };
            db.RegelsetVersies.Add(versie);
            db.RegelsetLogboek.Add(RegelsetLogboek.Nieuw(laatsteRegel, op, door, actie, versie, vorige));
            if (concept is not null)
            {
                db.RegelsetConcepten.Remove(concept);
            }

            try
            {
                // One SaveChanges: the version, its audit entry and the removal of the draft happen together or not at all.
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new RegelsetWijziging.Conflict(await ConceptAsync(naam, ct));
            }
            catch (DbUpdateException) when (poging < Pogingen)
            {
                // Someone else took this version or audit number at the same moment: number again.
                db.ChangeTracker.Clear();
                if (concept is not null)
                {
                    concept = await db.RegelsetConcepten.SingleOrDefaultAsync(c => c.Regelset == naam && c.Revisie == concept.Revisie, ct);
                    if (concept is null)
                    {
                        return new RegelsetWijziging.Conflict(await ConceptAsync(naam, ct));
                    }
                }

                continue;
            }

            var result = catalog.Activeer(Actief(versie));
            if (!result.Succeeded)
            {
                LogNotActivated(versie.Regelset, versie.Nummer);
            }

            await signals.PublishAsync(NodeChannels.Regelsets, naam, ct);
            return new RegelsetWijziging.Gelukt(versie);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The shipped rule file {File} changed, but staff published version {Version} themselves; that version stays in use")]
    private partial void LogShippedFileIgnored(string file, int version);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Rule set {RuleSet} version {Version} was stored but the engine refused it; the previous version stays in use")]
    private partial void LogNotActivated(string ruleSet, int version);
}

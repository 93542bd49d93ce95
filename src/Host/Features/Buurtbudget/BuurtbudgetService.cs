using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Participatie.Buurtbudget.Counting;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>Rounds, their ballot, the voting codes, the votes and the count.</summary>
public sealed class BuurtbudgetService(ParticipatieDbContext db, IMemoryCache cache, TimeProvider clock, BuurtbudgetRondeWorkflow levenscyclus)
{
    public sealed record NieuweRonde(string Naam, string BuurtCode, decimal Budget, DateTime StemmenVanaf, DateTime StemmenTot,
        Telmethode Telmethode, int? MaxProjecten, decimal? MaxBedrag)
    {
        public DateTime? VoorstellenVanaf { get; init; }
        public DateTime? VoorstellenTot { get; init; }
        public DateTime? BeoordelingTot { get; init; }
        public DateTime? UitvoeringVanaf { get; init; }
        public DateTime? UitvoeringTot { get; init; }
        public int? MinimumLeeftijd { get; init; }

        /// <summary>A points ballot with this many points per voter (none: approval).</summary>
        public int? PuntenPerKiezer { get; init; }

        /// <summary>With a points ballot: at most this many points on one project.</summary>
        public int? MaxPuntenPerProject { get; init; }
    }

    /// <summary>The most points a round may give a voter: enough for any ballot, small enough to read on a letter.</summary>
    public const int MaxPuntenPerKiezer = 1000;

    public sealed record NieuwProject(string Titel, string? Omschrijving, decimal Kosten, int? InitiatiefId);

    /// <summary>Either the result or the reasons it was refused (Dutch, one per problem).</summary>
    public sealed record Uitkomst<T>(T? Waarde, IReadOnlyList<string> Fouten)
    {
        public bool Gelukt => Fouten.Count == 0;
    }

    public async Task<Uitkomst<BuurtbudgetRonde>> MaakRondeAsync(NieuweRonde invoer, CancellationToken ct)
    {
        var fouten = new List<string>();
        if (string.IsNullOrWhiteSpace(invoer.Naam))
        {
            fouten.Add("Geef de ronde een naam.");
        }

        if (invoer.Budget <= 0)
        {
            fouten.Add("Het budget moet meer dan € 0 zijn.");
        }

        if (invoer.StemmenTot <= invoer.StemmenVanaf)
        {
            fouten.Add("Het stemmen moet eindigen na het begin.");
        }

        if (invoer.MaxProjecten is < 1)
        {
            fouten.Add("Het hoogste aantal projecten op een stembiljet is minstens 1.");
        }

        if (invoer.MaxBedrag is <= 0)
        {
            fouten.Add("Het hoogste bedrag op een stembiljet moet meer dan € 0 zijn.");
        }

        fouten.AddRange(BuurtbudgetFasen.Controleer(invoer));
        if (invoer.MinimumLeeftijd is < 1 or > 120)
        {
            fouten.Add("De minimumleeftijd ligt tussen 1 en 120 jaar (of laat haar leeg: iedere bewoner).");
        }

        fouten.AddRange(ControleerPuntenInstelling(invoer.PuntenPerKiezer, invoer.MaxPuntenPerProject));
        if (!await levenscyclus.IsGepubliceerdAsync(ct))
        {
            fouten.Add($"De werkstroom '{BuurtbudgetRondeWorkflow.DefinitionId}' (de fasen van een ronde) is niet gepubliceerd.");
        }

        var buurt = await db.Buurten.SingleOrDefaultAsync(b => b.Code == invoer.BuurtCode, ct);
        if (buurt is null)
        {
            fouten.Add($"Buurt '{invoer.BuurtCode}' bestaat niet.");
        }

        if (fouten.Count > 0)
        {
            return new(null, fouten);
        }

        var ronde = new BuurtbudgetRonde
        {
            Naam = invoer.Naam.Trim(),
            BuurtId = buurt!.Id,
            Budget = invoer.Budget,
            StemmenVanaf = BuurtbudgetFasen.Utc(invoer.StemmenVanaf),
            StemmenTot = BuurtbudgetFasen.Utc(invoer.StemmenTot),
            VoorstellenVanaf = BuurtbudgetFasen.Utc(invoer.VoorstellenVanaf),
            VoorstellenTot = BuurtbudgetFasen.Utc(invoer.VoorstellenTot),
            BeoordelingTot = BuurtbudgetFasen.Utc(invoer.BeoordelingTot),
            UitvoeringVanaf = BuurtbudgetFasen.Utc(invoer.UitvoeringVanaf) ?? BuurtbudgetFasen.Utc(invoer.StemmenTot).Add(BuurtbudgetFasen.StandaardUitslagduur),
            UitvoeringTot = BuurtbudgetFasen.Utc(invoer.UitvoeringTot)
                ?? (BuurtbudgetFasen.Utc(invoer.UitvoeringVanaf) ?? BuurtbudgetFasen.Utc(invoer.StemmenTot).Add(BuurtbudgetFasen.StandaardUitslagduur)).Add(BuurtbudgetFasen.StandaardUitvoeringsduur),
            Fase = BuurtbudgetFase.Voorbereiding,
            MinimumLeeftijd = invoer.MinimumLeeftijd,
            Telmethode = invoer.Telmethode,
            MaxProjecten = invoer.MaxProjecten,
            MaxBedrag = invoer.MaxBedrag,
            PuntenPerKiezer = invoer.PuntenPerKiezer,
            MaxPuntenPerProject = invoer.MaxPuntenPerProject,
            AangemaaktOp = clock.GetUtcNow().UtcDateTime,
        };
        db.BuurtbudgetRondes.Add(ronde);
        await db.SaveChangesAsync(ct);
        try
        {
            // The workflow moves the round into its current phase right away (a round set up late starts voting at once).
            var instanceId = await levenscyclus.StartAsync(ronde.Id, ct);
            await db.Entry(ronde).ReloadAsync(ct);
            ronde.WorkflowInstanceId = instanceId;
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            if (await levenscyclus.BestaatAsync(ronde.Id, CancellationToken.None))
            {
                // The start committed (with its link) and failed after it: the round has its lifecycle, keep it.
                return new(await db.BuurtbudgetRondes.SingleAsync(r => r.Id == ronde.Id, CancellationToken.None), []);
            }

            // No round without its lifecycle: a round nobody moves through its phases would never open. Should this
            // delete not happen either (a crash), BuurtbudgetRondeHerstel starts the lifecycle later.
            await db.BuurtbudgetRondes.Where(r => r.Id == ronde.Id).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        return new(ronde, []);
    }

    public async Task<Uitkomst<BuurtbudgetProject>?> VoegProjectToeAsync(int rondeId, NieuwProject invoer, CancellationToken ct)
    {
        var ronde = await db.BuurtbudgetRondes.Include(r => r.Projecten).SingleOrDefaultAsync(r => r.Id == rondeId, ct);
        if (ronde is null)
        {
            return null;
        }

        var fouten = new List<string>();
        if (ronde.Fase >= BuurtbudgetFase.Stemmen || clock.GetUtcNow().UtcDateTime >= ronde.StemmenVanaf)
        {
            fouten.Add("Het stemmen is begonnen: het stembiljet ligt vast.");
        }

        if (string.IsNullOrWhiteSpace(invoer.Titel))
        {
            fouten.Add("Geef het project een titel.");
        }

        if (invoer.Kosten <= 0)
        {
            fouten.Add("De kosten moeten meer dan € 0 zijn.");
        }
        else if (invoer.Kosten > ronde.Budget)
        {
            fouten.Add($"De kosten (€ {invoer.Kosten:N2}) zijn hoger dan het hele budget (€ {ronde.Budget:N2}).");
        }

        if (invoer.InitiatiefId is { } initiatiefId && !await db.Initiatieven.AnyAsync(i => i.Id == initiatiefId, ct))
        {
            fouten.Add($"Initiatief {initiatiefId} bestaat niet.");
        }

        if (fouten.Count > 0)
        {
            return new(null, fouten);
        }

        var project = new BuurtbudgetProject
        {
            RondeId = ronde.Id,
            Code = (ronde.Projecten.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Titel = invoer.Titel.Trim(),
            Omschrijving = invoer.Omschrijving?.Trim(),
            Kosten = invoer.Kosten,
            InitiatiefId = invoer.InitiatiefId,
        };
        ronde.Projecten.Add(project);
        await db.SaveChangesAsync(ct);
        return new(project, []);
    }

    /// <summary>New codes for letters; returned once, stored only hashed. Null when the round does not exist.</summary>
    public async Task<IReadOnlyList<string>?> MaakStemcodesAsync(int rondeId, int aantal, CancellationToken ct)
    {
        if (!await db.BuurtbudgetRondes.AnyAsync(r => r.Id == rondeId, ct))
        {
            return null;
        }

        var codes = Enumerable.Range(0, aantal).Select(_ => Stemcodes.Nieuw()).Distinct().ToList();
        db.Stemcodes.AddRange(codes.Select(c => new Stemcode { RondeId = rondeId, Hash = Stemcodes.Hash(rondeId, c) }));
        await db.SaveChangesAsync(ct);
        return codes;
    }

    public async Task<StemUitkomst> StemAsync(int rondeId, string? code, IReadOnlyList<string>? projecten, CancellationToken ct) =>
        await StemAsync(rondeId, code, projecten, null, ct);

    /// <summary>
    /// Casts a ballot. In a round with a minimum age the voter declares a birth year (not stored); it must make them
    /// at least that old in the current year.
    /// </summary>
    public async Task<StemUitkomst> StemAsync(int rondeId, string? code, IReadOnlyList<string>? projecten, int? geboortejaar, CancellationToken ct) =>
        await StemAsync(rondeId, code, new Stem(projecten, null), geboortejaar, ct);

    /// <summary>
    /// Casts a ballot: the projects supported (approval round) or the points per project (points round; stored as the
    /// projects with at least one point and their points). Checked exactly as <see cref="ControleerStem"/> says.
    /// </summary>
    public async Task<StemUitkomst> StemAsync(int rondeId, string? code, Stem stem, int? geboortejaar, CancellationToken ct)
    {
        var projecten = stem.Projecten;
        var ronde = await StembareRondeAsync(rondeId, ct);
        if (ronde is null)
        {
            return StemUitkomst.OnbekendeRonde;
        }

        // The workflow opens the vote; the closing date is a hard limit also when its timer is a moment late.
        var nu = clock.GetUtcNow().UtcDateTime;
        if (ronde.Fase < BuurtbudgetFase.Stemmen)
        {
            return StemUitkomst.NogNietOpen;
        }

        if (ronde.Fase > BuurtbudgetFase.Stemmen || nu >= ronde.StemmenTot)
        {
            return StemUitkomst.Gesloten;
        }

        if (!Stemcodes.LijktOpCode(code))
        {
            return StemUitkomst.OngeldigeCode;
        }

        if (ControleerStem(ronde, stem).Count > 0)
        {
            return StemUitkomst.OngeldigBiljet;
        }

        if (ControleerLeeftijd(ronde, geboortejaar, nu) is not null)
        {
            return StemUitkomst.TeJong;
        }

        var hash = Stemcodes.Hash(rondeId, code!);
        var keuze = ronde.IsPuntenronde
            ? ronde.Projecten.Where(p => stem.Punten!.TryGetValue(p.Code, out var x) && x > 0).OrderBy(p => p.Id).Select(p => p.Code).ToList()
            : ronde.Projecten.Where(p => projecten!.Contains(p.Code)).OrderBy(p => p.Id).Select(p => p.Code).ToList();
        List<int>? punten = ronde.IsPuntenronde ? keuze.Select(c => (int)stem.Punten![c]).ToList() : null;
        for (var poging = 1; ; poging++)
        {
            // The code and its ballot, if any, in one query: voting is the busiest call a round has.
            var stemcode = await db.Stemcodes.AsNoTracking().Where(c => c.Hash == hash && c.RondeId == rondeId)
                .Select(c => new { c.Id, BiljetId = db.Stembiljetten.Where(b => b.StemcodeId == c.Id).Select(b => (int?)b.Id).FirstOrDefault() })
                .SingleOrDefaultAsync(ct);
            if (stemcode is null)
            {
                return StemUitkomst.OngeldigeCode;
            }

            if (stemcode.BiljetId is { } biljetId)
            {
                await db.Stembiljetten.Where(b => b.Id == biljetId)
                    .ExecuteUpdateAsync(set => set.SetProperty(b => b.Projecten, keuze).SetProperty(b => b.Punten, punten).SetProperty(b => b.Versie, Guid.NewGuid()), ct);
                return StemUitkomst.Vervangen;
            }

            db.Stembiljetten.Add(new Stembiljet { RondeId = rondeId, StemcodeId = stemcode.Id, Projecten = keuze, Punten = punten, Versie = Guid.NewGuid() });
            try
            {
                await db.SaveChangesAsync(ct);
                return StemUitkomst.Geteld;
            }
            catch (DbUpdateException) when (poging < 3)
            {
                // The same code voted at the same moment elsewhere (the unique index refused the second ballot): replace that one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// The round as voting needs it. Once voting has opened a round's ballot and window no longer change (projects are
    /// refused from then on), so it is kept in memory for a minute instead of being read for every ballot.
    /// </summary>
    private async Task<BuurtbudgetRonde?> StembareRondeAsync(int rondeId, CancellationToken ct)
    {
        var sleutel = (nameof(StembareRondeAsync), rondeId);
        if (cache.TryGetValue(sleutel, out BuurtbudgetRonde? bewaard))
        {
            return bewaard;
        }

        var ronde = await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Projecten).SingleOrDefaultAsync(r => r.Id == rondeId, ct);
        if (ronde is { Fase: BuurtbudgetFase.Stemmen })
        {
            cache.Set(sleutel, ronde, TimeSpan.FromMinutes(1));
        }

        return ronde;
    }

    /// <summary>Why the declared birth year does not allow voting in this round (null when it does or no age applies).</summary>
    public static string? ControleerLeeftijd(BuurtbudgetRonde ronde, int? geboortejaar, DateTime nu)
    {
        if (ronde.MinimumLeeftijd is not { } minimum)
        {
            return null;
        }

        if (geboortejaar is not { } jaar || jaar < nu.Year - 130 || jaar > nu.Year)
        {
            return $"Stemmen kan vanaf {minimum} jaar. Vul uw geboortejaar in (bijvoorbeeld {nu.Year - 40}).";
        }

        return nu.Year - jaar < minimum ? $"Stemmen kan vanaf {minimum} jaar: wie in {jaar} geboren is, is dit jaar nog geen {minimum}." : null;
    }

    /// <summary>Why an approval ballot is not valid for this round (empty when it is).</summary>
    public static IReadOnlyList<string> Controleer(BuurtbudgetRonde ronde, IReadOnlyList<string>? projecten)
    {
        var fouten = new List<string>();
        if (ronde.IsPuntenronde)
        {
            fouten.Add($"Deze ronde stemt met punten: verdeel uw {ronde.PuntenPerKiezer} punten over de projecten.");
            return fouten;
        }

        if (projecten is null || projecten.Count == 0)
        {
            fouten.Add("Kies minstens één project.");
            return fouten;
        }

        var onbekend = projecten.Where(p => ronde.Projecten.All(x => x.Code != p)).ToList();
        if (onbekend.Count > 0)
        {
            fouten.Add($"Deze projecten staan niet op het stembiljet: {string.Join(", ", onbekend)}.");
        }

        if (projecten.Distinct().Count() != projecten.Count)
        {
            fouten.Add("Elk project mag maar één keer gekozen worden.");
        }

        if (ronde.MaxProjecten is { } max && projecten.Distinct().Count() > max)
        {
            fouten.Add($"Kies hoogstens {max} projecten.");
        }

        var totaal = ronde.Projecten.Where(p => projecten.Contains(p.Code)).Sum(p => p.Kosten);
        if (ronde.MaxBedrag is { } maxBedrag && totaal > maxBedrag)
        {
            fouten.Add($"De gekozen projecten kosten samen € {totaal:N2}; hoogstens € {maxBedrag:N2} mag.");
        }

        return fouten;
    }

    /// <summary>The round with its ballots counted; null when it does not exist, Outcome null while voting is still open.</summary>
    public async Task<(BuurtbudgetRonde Ronde, Outcome? Uitslag, int Stemmen)?> TelAsync(int rondeId, CancellationToken ct)
    {
        var ronde = await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Projecten).Include(r => r.Buurt)
            .SingleOrDefaultAsync(r => r.Id == rondeId, ct);
        if (ronde is null)
        {
            return null;
        }

        var biljetten = await db.Stembiljetten.AsNoTracking().Where(b => b.RondeId == rondeId)
            .Select(b => new BuurtbudgetTelling.Biljet(b.Projecten, b.Punten)).ToListAsync(ct);
        if (!BuurtbudgetFasen.UitslagBekend(ronde, clock.GetUtcNow().UtcDateTime))
        {
            return (ronde, null, biljetten.Count);
        }

        var verkiezing = BuurtbudgetTelling.Verkiezing(ronde, biljetten);
        return (ronde, Counter.Count(verkiezing, BuurtbudgetTelling.Opties(ronde)), biljetten.Count);
    }

    public async Task<string?> PabulibAsync(int rondeId, CancellationToken ct)
    {
        var ronde = await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Projecten).Include(r => r.Buurt)
            .SingleOrDefaultAsync(r => r.Id == rondeId, ct);
        if (ronde is null || !BuurtbudgetFasen.UitslagBekend(ronde, clock.GetUtcNow().UtcDateTime))
        {
            return null;
        }

        var biljetten = await db.Stembiljetten.AsNoTracking().Where(b => b.RondeId == rondeId)
            .Select(b => new BuurtbudgetTelling.Biljet(b.Projecten, b.Punten)).ToListAsync(ct);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Participatie.Buurtbudget.Pabulib.PabulibWriter.Write(BuurtbudgetTelling.Verkiezing(ronde, biljetten), writer, BuurtbudgetTelling.Meta(ronde));
        return writer.ToString();
    }

    /// <summary>The round's points settings: none at all (approval), or points per voter and optionally a maximum per project.</summary>
    public static IEnumerable<string> ControleerPuntenInstelling(int? puntenPerKiezer, int? maxPerProject)
    {
        if (puntenPerKiezer is null)
        {
            if (maxPerProject is not null)
            {
                yield return "Een maximum aantal punten per project hoort bij een puntenronde: geef ook het aantal punten per kiezer.";
            }

            yield break;
        }

        if (puntenPerKiezer is < 1 or > MaxPuntenPerKiezer)
        {
            yield return $"Het aantal punten per kiezer ligt tussen 1 en {MaxPuntenPerKiezer}.";
        }
        else if (maxPerProject is { } max && (max < 1 || max > puntenPerKiezer))
        {
            yield return $"Het maximum aantal punten per project ligt tussen 1 en het aantal punten per kiezer ({puntenPerKiezer}).";
        }
    }

    /// <summary>
    /// Why a ballot is not valid for this round, by field (empty when it is): <c>projecten</c> for an approval ballot;
    /// for a points ballot <c>punten</c> (the whole ballot: total, limits) and <c>punten.{code}</c> (one project's points).
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> ControleerStem(BuurtbudgetRonde ronde, Stem stem)
    {
        if (!ronde.IsPuntenronde)
        {
            if (stem.Punten is { Count: > 0 })
            {
                return new Dictionary<string, string[]> { ["punten"] = ["Deze ronde stemt zonder punten: kies de projecten die u steunt."] };
            }

            var fouten = Controleer(ronde, stem.Projecten);
            return fouten.Count == 0 ? new Dictionary<string, string[]>() : new Dictionary<string, string[]> { ["projecten"] = [.. fouten] };
        }

        return ControleerPunten(ronde, stem.Punten);
    }

    /// <summary>A points ballot against the round's points per voter, maximum per project and ballot limits.</summary>
    public static IReadOnlyDictionary<string, string[]> ControleerPunten(BuurtbudgetRonde ronde, IReadOnlyDictionary<string, decimal>? punten)
    {
        var fouten = new Dictionary<string, List<string>>();
        void Fout(string veld, string tekst)
        {
            if (!fouten.TryGetValue(veld, out var lijst))
            {
                fouten[veld] = lijst = [];
            }

            lijst.Add(tekst);
        }

        var totaalPunten = ronde.PuntenPerKiezer!.Value;
        var maxPerProject = ronde.MaxPuntenPerProject ?? totaalPunten;
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var gegeven = new List<BuurtbudgetProject>();
        decimal som = 0;
        foreach (var (code, aantal) in punten ?? new Dictionary<string, decimal>())
        {
            var project = ronde.Projecten.FirstOrDefault(p => p.Code == code);
            var veld = $"punten.{code}";
            if (project is null)
            {
                Fout(veld, $"Project {code} staat niet op het stembiljet.");
            }
            else if (aantal < 0)
            {
                Fout(veld, $"{project.Titel}: punten kunnen niet negatief zijn.");
            }
            else if (aantal != decimal.Truncate(aantal))
            {
                Fout(veld, $"{project.Titel}: geef hele punten ({aantal.ToString(c)} is geen heel getal).");
            }
            else if (aantal > maxPerProject)
            {
                Fout(veld, $"{project.Titel}: hoogstens {maxPerProject} punten per project (u gaf er {aantal.ToString(c)}).");
            }
            else if (aantal > 0)
            {
                gegeven.Add(project);
                som += aantal;
            }
        }

        if (fouten.Count == 0 && gegeven.Count == 0)
        {
            Fout("punten", $"Verdeel uw {totaalPunten} punten over de projecten: geef minstens één project een punt.");
        }

        if (som > totaalPunten)
        {
            Fout("punten", $"U verdeelde {som.ToString(c)} punten; u hebt er {totaalPunten}.");
        }

        if (ronde.MaxProjecten is { } max && gegeven.Count > max)
        {
            Fout("punten", $"Geef hoogstens {max} projecten punten.");
        }

        var kosten = gegeven.Sum(p => p.Kosten);
        if (ronde.MaxBedrag is { } maxBedrag && kosten > maxBedrag)
        {
            Fout("punten", $"De projecten met punten kosten samen € {kosten:N2}; hoogstens € {maxBedrag:N2} mag.");
        }

        return fouten.ToDictionary(f => f.Key, f => f.Value.ToArray());
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// The lifecycle of a resident's personal data (AVG): finding a resident for an inzageverzoek, exporting everything
/// Participatie holds about them, erasing it on request, and erasing it when its retention period has ended. The
/// initiatives stay (without personal data) for reports and open data. Every action leaves an audit entry.
/// </summary>
public sealed class PersoonsgegevensBeheer(ParticipatieDbContext db, IOptions<PrivacyOptions> options, TimeProvider clock, IEnumerable<IPersoonsgegevensBron> bronnen)
{
    public static readonly IReadOnlySet<InitiatiefStatus> Gesloten = new HashSet<InitiatiefStatus>
    {
        InitiatiefStatus.Afgerond, InitiatiefStatus.Afgewezen, InitiatiefStatus.Ingetrokken, InitiatiefStatus.OvergenomenDoorGemeente,
    };

    private static readonly HashSet<string> Tussenvoegsels = new(StringComparer.OrdinalIgnoreCase) { "van", "der", "den", "de", "het", "ter", "ten", "op" };

    public const string SoortBewoner = "bewoner";

    /// <summary>
    /// A hit of the search. For a resident (<see cref="Soort"/> <c>bewoner</c>) <see cref="Id"/> is the resident's id, as
    /// before. Records of other features (an uitdaagrecht request, a buurtbudget proposal, a burgerberaad registration)
    /// have no resident id (<see cref="Id"/> is null, so an older client cannot export the wrong person by it); they are
    /// exported and erased through <see cref="Export"/> and <see cref="Wissen"/>, which every hit carries.
    /// </summary>
    public sealed record BewonerTreffer(
        int? Id, string Naam, string? Email, string? Telefoon, int Initiatieven, bool Gewist,
        string Soort, int RecordId, string Omschrijving, string Export, string Wissen);

    public sealed record Export(
        DateTime GemaaktOp, BewonerGegevens Bewoner, IReadOnlyList<InitiatiefGegevens> Initiatieven, IReadOnlyList<GesprekGegevens> Gesprekken);

    public sealed record BewonerGegevens(int Id, string Naam, string? Email, string? Telefoon, string? Postcode, DateTime AangemaaktOp, DateTime? GewistOp);

    public sealed record InitiatiefGegevens(
        string Referentie, string Titel, string Omschrijving, string? VoorWie, string? MetWie, string Status, DateTime IngediendOp,
        IReadOnlyList<string> Historie);

    public sealed record GesprekGegevens(string Id, DateTime AangemaaktOp, IReadOnlyList<string> Berichten);

    /// <summary>The export of one record of another feature: what it is, its fields and the chat conversations it came from.</summary>
    public sealed record RecordExport(
        DateTime GemaaktOp, string Soort, int Id, string Omschrijving, IReadOnlyDictionary<string, string?> Gegevens, IReadOnlyList<GesprekGegevens> Gesprekken);

    /// <summary>The kinds of records the search covers besides residents, by <see cref="IPersoonsgegevensBron.Soort"/>.</summary>
    public IEnumerable<string> Soorten => bronnen.Select(b => b.Soort);

    /// <summary>
    /// Residents, and records of other features, whose name, e-mail address or phone number matches <paramref name="zoek"/>
    /// exactly (case-insensitive; phone numbers by their digits).
    /// </summary>
    public async Task<IReadOnlyList<BewonerTreffer>> ZoekAsync(string zoek, CancellationToken ct)
    {
        var term = new PersoonsgegevensZoekterm(zoek);
        var bewoners = await db.Bewoners.AsNoTracking().Where(b => b.GewistOp == null).ToListAsync(ct);
        var treffers = bewoners.Where(b => term.Past(b.Naam, b.Email, b.Telefoon)).ToList();
        var ids = treffers.Select(b => (int?)b.Id).ToList();
        var aantallen = await db.Initiatieven.Where(i => ids.Contains(i.BewonerId)).GroupBy(i => i.BewonerId).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync(ct);
        var resultaat = treffers.Select(b => new BewonerTreffer(b.Id, b.Naam, b.Email, b.Telefoon, aantallen.SingleOrDefault(a => a.Key == b.Id)?.Aantal ?? 0, b.GewistOp is not null,
            SoortBewoner, b.Id, "bewoner met initiatieven", $"/api/privacy/bewoners/{b.Id}/export", $"/api/privacy/bewoners/{b.Id}/wissen")).ToList();
        foreach (var bron in bronnen)
        {
            resultaat.AddRange((await bron.ZoekAsync(term, ct)).Select(v => new BewonerTreffer(null, v.Naam, v.Email, v.Telefoon, 0, false,
                bron.Soort, v.Id, v.Omschrijving, $"/api/privacy/bewoners/{bron.Soort}/{v.Id}/export", $"/api/privacy/bewoners/{bron.Soort}/{v.Id}/wissen")));
        }

        return resultaat;
    }

    /// <summary>Everything one record of another feature holds about a person, for an inzageverzoek. Null when the kind or the record is unknown.</summary>
    public async Task<RecordExport?> ExporteerAsync(string soort, int id, StaffGebruiker door, CancellationToken ct)
    {
        if (Bron(soort) is not { } bron || await bron.ExporteerAsync(id, ct) is not { } sectie)
        {
            return null;
        }

        var gesprekken = await ChatTranscripten.LeesAsync(db, sectie.GesprekIds, ct);
        InzageLog.Staf(db, door, clock, PersoonsgegevensInzage.Export, InzageLog.Onderwerp(bron.Soort, id));
        await db.SaveChangesAsync(ct);
        return new RecordExport(clock.GetUtcNow().UtcDateTime, bron.Soort, id, sectie.Omschrijving, sectie.Gegevens, gesprekken);
    }

    /// <summary>Erases one record of another feature on request, with its audit entry, in one save. False when unknown or already erased.</summary>
    public async Task<bool> WisAsync(string soort, int id, StaffGebruiker door, CancellationToken ct)
    {
        if (Bron(soort) is not { } bron || !await bron.WisAsync(id, ct))
        {
            return false;
        }

        InzageLog.Staf(db, door, clock, PersoonsgegevensInzage.Wissen, InzageLog.Onderwerp(bron.Soort, id));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private IPersoonsgegevensBron? Bron(string soort) => bronnen.FirstOrDefault(b => string.Equals(b.Soort, soort, StringComparison.Ordinal));

    /// <summary>Everything about one resident, for an inzageverzoek. Null when unknown.</summary>
    public async Task<Export?> ExporteerAsync(int bewonerId, StaffGebruiker door, CancellationToken ct)
    {
        var bewoner = await db.Bewoners.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bewonerId, ct);
        if (bewoner is null)
        {
            return null;
        }

        var initiatieven = await db.Initiatieven.AsNoTracking().Include(i => i.StatusHistorie).Where(i => i.BewonerId == bewonerId).OrderBy(i => i.Id).ToListAsync(ct);
        var gesprekIds = initiatieven.Select(i => i.ConversationId).OfType<string>().Distinct().ToList();
        var gesprekken = await ChatTranscripten.LeesAsync(db, gesprekIds, ct);
        Log(door, bewonerId, null, PersoonsgegevensInzage.Export);
        await db.SaveChangesAsync(ct);
        return new Export(
            clock.GetUtcNow().UtcDateTime,
            new BewonerGegevens(bewoner.Id, bewoner.Naam, bewoner.Email, bewoner.Telefoon, bewoner.Postcode, bewoner.AangemaaktOp, bewoner.GewistOp),
            initiatieven.Select(i => new InitiatiefGegevens(i.Referentie, i.Titel, i.Omschrijving, i.VoorWie, i.MetWie, i.Status.ToString(), i.IngediendOp,
                i.StatusHistorie.OrderBy(h => h.Op).Select(h => $"{h.Op:yyyy-MM-dd HH:mm} {h.Status} ({h.Door}) {h.Toelichting}".Trim()).ToList())).ToList(),
            gesprekken);
    }

    /// <summary>Erases the resident's personal data on request. False when unknown or already erased.</summary>
    public async Task<bool> WisAsync(int bewonerId, StaffGebruiker door, CancellationToken ct)
    {
        var gewist = await WisZonderOpslaanAsync(bewonerId, ct);
        if (gewist)
        {
            Log(door, bewonerId, null, PersoonsgegevensInzage.Wissen);
            await db.SaveChangesAsync(ct);
        }

        return gewist;
    }

    /// <summary>Erases the personal data of residents whose initiatives all closed longer ago than the retention period. Returns how many.</summary>
    public async Task<int> PasBewaartermijnToeAsync(CancellationToken ct)
    {
        var grens = clock.GetUtcNow().UtcDateTime - options.Value.BewaartermijnContactgegevens;
        var gesloten = Gesloten.ToList();
        var kandidaten = await db.Bewoners.Where(b => b.GewistOp == null)
            .Where(b => db.Initiatieven.Any(i => i.BewonerId == b.Id)
                && db.Initiatieven.Where(i => i.BewonerId == b.Id).All(i => gesloten.Contains(i.Status)
                    && i.StatusHistorie.Max(h => h.Op) < grens))
            .Select(b => b.Id).ToListAsync(ct);
        foreach (var id in kandidaten)
        {
            if (await WisZonderOpslaanAsync(id, ct))
            {
                db.PersoonsgegevensInzages.Add(new PersoonsgegevensInzage
                {
                    Door = "systeem",
                    Rollen = "bewaartermijn",
                    Op = clock.GetUtcNow().UtcDateTime,
                    BewonerId = id,
                    Wat = PersoonsgegevensInzage.Bewaartermijn,
                });
            }
        }

        await db.SaveChangesAsync(ct);
        return kandidaten.Count;
    }

    private async Task<bool> WisZonderOpslaanAsync(int bewonerId, CancellationToken ct)
    {
        var bewoner = await db.Bewoners.SingleOrDefaultAsync(b => b.Id == bewonerId, ct);
        if (bewoner is null || bewoner.GewistOp is not null)
        {
            return false;
        }

        var naamdelen = bewoner.Naam.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(d => d.Length >= 3 && !Tussenvoegsels.Contains(d)).Prepend(bewoner.Naam).ToList();
        string Schoon(string tekst) =>
            naamdelen.Aggregate(Persoonsgegevens.Maskeer(tekst), (t, deel) => t.Replace(deel, Bewoner.GewisteNaam, StringComparison.OrdinalIgnoreCase));
        bewoner.Naam = Bewoner.GewisteNaam;
        bewoner.Email = null;
        bewoner.Telefoon = null;
        // The four digits of a postcode say which part of town, not who: kept for the buurt statistics.
        bewoner.Postcode = bewoner.Postcode is { Length: >= 4 } p ? p[..4] : null;
        bewoner.GewistOp = clock.GetUtcNow().UtcDateTime;

        var initiatieven = await db.Initiatieven.Where(i => i.BewonerId == bewonerId).ToListAsync(ct);
        foreach (var initiatief in initiatieven)
        {
            // Free text may give the resident's name, e-mail or number: those are masked, so the initiative still
            // tells what it was about. Other people's names in free text cannot be recognised reliably; "met wie" goes whole.
            initiatief.Titel = Schoon(initiatief.Titel);
            initiatief.Omschrijving = Schoon(initiatief.Omschrijving);
            initiatief.VoorWie = initiatief.VoorWie is null ? null : Schoon(initiatief.VoorWie);
            initiatief.MetWie = initiatief.MetWie is null ? null : Bewoner.GewisteNaam;
        }

        ChatTranscripten.Wis(db, initiatieven.Select(i => i.ConversationId).OfType<string>().Distinct().ToList());
        return true;
    }

    private void Log(StaffGebruiker door, int bewonerId, int? initiatiefId, string wat) =>
        db.PersoonsgegevensInzages.Add(new PersoonsgegevensInzage
        {
            Door = door.Gebruikersnaam,
            Rollen = string.Join(",", door.Rollen.Order(StringComparer.Ordinal)),
            Op = clock.GetUtcNow().UtcDateTime,
            BewonerId = bewonerId,
            InitiatiefId = initiatiefId,
            Wat = wat,
        });
}

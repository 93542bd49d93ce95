using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participatie.Host.Analyse;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Privacy;

/// <summary>
/// The lifecycle of a resident's personal data (AVG): finding a resident for an inzageverzoek, exporting everything
/// Participatie holds about them, erasing it on request, and erasing it when its retention period has ended. The
/// initiatives stay (without personal data) for reports and open data. Every action leaves an audit entry.
/// </summary>
public sealed class PersoonsgegevensBeheer(ParticipatieDbContext db, IOptions<PrivacyOptions> options, TimeProvider clock)
{
    public static readonly IReadOnlySet<InitiatiefStatus> Gesloten = new HashSet<InitiatiefStatus>
    {
        InitiatiefStatus.Afgerond, InitiatiefStatus.Afgewezen, InitiatiefStatus.Ingetrokken, InitiatiefStatus.OvergenomenDoorGemeente,
    };

    private static readonly HashSet<string> Tussenvoegsels = new(StringComparer.OrdinalIgnoreCase) { "van", "der", "den", "de", "het", "ter", "ten", "op" };

    public sealed record BewonerTreffer(int Id, string Naam, string? Email, string? Telefoon, int Initiatieven, bool Gewist);

    public sealed record Export(
        DateTime GemaaktOp, BewonerGegevens Bewoner, IReadOnlyList<InitiatiefGegevens> Initiatieven, IReadOnlyList<GesprekGegevens> Gesprekken);

    public sealed record BewonerGegevens(int Id, string Naam, string? Email, string? Telefoon, string? Postcode, DateTime AangemaaktOp, DateTime? GewistOp);

    public sealed record InitiatiefGegevens(
        string Referentie, string Titel, string Omschrijving, string? VoorWie, string? MetWie, string Status, DateTime IngediendOp,
        IReadOnlyList<string> Historie);

    public sealed record GesprekGegevens(string Id, DateTime AangemaaktOp, IReadOnlyList<string> Berichten);

    /// <summary>Residents whose name, e-mail address or phone number matches <paramref name="zoek"/> exactly (case-insensitive).</summary>
    public async Task<IReadOnlyList<BewonerTreffer>> ZoekAsync(string zoek, CancellationToken ct)
    {
        var z = zoek.Trim().ToLowerInvariant();
        var telefoon = new string(z.Where(char.IsDigit).ToArray());
        var bewoners = await db.Bewoners.AsNoTracking().Where(b => b.GewistOp == null).ToListAsync(ct);
        var treffers = bewoners.Where(b =>
                b.Naam.Equals(zoek.Trim(), StringComparison.OrdinalIgnoreCase)
                || (b.Email?.ToLowerInvariant() == z)
                || (telefoon.Length >= 6 && b.Telefoon is not null && new string(b.Telefoon.Where(char.IsDigit).ToArray()) == telefoon))
            .ToList();
        var ids = treffers.Select(b => (int?)b.Id).ToList();
        var aantallen = await db.Initiatieven.Where(i => ids.Contains(i.BewonerId)).GroupBy(i => i.BewonerId).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync(ct);
        return treffers.Select(b => new BewonerTreffer(b.Id, b.Naam, b.Email, b.Telefoon, aantallen.SingleOrDefault(a => a.Key == b.Id)?.Aantal ?? 0, b.GewistOp is not null)).ToList();
    }

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
        var gesprekken = await db.ChatConversations.AsNoTracking().Where(c => gesprekIds.Contains(c.Id)).ToListAsync(ct);
        var activiteiten = await db.ChatActivities.AsNoTracking().Where(a => gesprekIds.Contains(a.ConversationId)).OrderBy(a => a.Volgnummer).ToListAsync(ct);
        Log(door, bewonerId, null, PersoonsgegevensInzage.Export);
        await db.SaveChangesAsync(ct);
        return new Export(
            clock.GetUtcNow().UtcDateTime,
            new BewonerGegevens(bewoner.Id, bewoner.Naam, bewoner.Email, bewoner.Telefoon, bewoner.Postcode, bewoner.AangemaaktOp, bewoner.GewistOp),
            initiatieven.Select(i => new InitiatiefGegevens(i.Referentie, i.Titel, i.Omschrijving, i.VoorWie, i.MetWie, i.Status.ToString(), i.IngediendOp,
                i.StatusHistorie.OrderBy(h => h.Op).Select(h => $"{h.Op:yyyy-MM-dd HH:mm} {h.Status} ({h.Door}) {h.Toelichting}".Trim()).ToList())).ToList(),
            gesprekken.Select(g => new GesprekGegevens(g.Id, g.AangemaaktOp,
                activiteiten.Where(a => a.ConversationId == g.Id).Select(a => a.Json).ToList())).ToList());
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

        var gesprekken = initiatieven.Select(i => i.ConversationId).OfType<string>().Distinct().ToList();
        db.ChatActivities.RemoveRange(db.ChatActivities.Where(a => gesprekken.Contains(a.ConversationId)));
        foreach (var gesprek in gesprekken)
        {
            db.BotState.RemoveRange(db.BotState.Where(s => s.Key.Contains(gesprek)));
        }

        db.UitgaandeBerichten.RemoveRange(db.UitgaandeBerichten.Where(b => gesprekken.Contains(b.Ontvanger) && b.AfgeleverdOp == null));
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

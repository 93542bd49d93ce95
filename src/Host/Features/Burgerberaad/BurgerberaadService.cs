using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Security;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>A beraad's steps in order: set up and quotas, address list, invitations, registrations, seed, selection.</summary>
public sealed class BurgerberaadService(ParticipatieDbContext db, TimeProvider clock, BurgerberaadSelectieWachtrij wachtrij)
{
    public sealed record NieuwBeraad(string? Thema, string? GebiedCode, int Omvang, int Reserves, DateTime AanmeldenTot, IReadOnlyList<QuotumInvoer>? Quota);

    /// <summary>A registration's fields; <paramref name="ConversationId"/> is the chat conversation it came from (none from the page).</summary>
    public sealed record Aanmelding(string? Code, string? Naam, string? Email, string? Telefoon, Dictionary<string, string>? Antwoorden, string? Beschikbaarheid,
        string? ConversationId = null);

    /// <summary>Either the value or the problems, keyed by the field they are about (Dutch).</summary>
    public sealed record Uitkomst<T>(T? Waarde, Dictionary<string, string[]> Fouten, Weigering? Weigering = null)
    {
        public bool Gelukt => Fouten.Count == 0 && Weigering is null;

        public static Uitkomst<T> Ok(T waarde) => new(waarde, []);

        public static Uitkomst<T> Fout(string veld, params string[] teksten) => new(default, new() { [veld] = teksten });

        public static Uitkomst<T> Geweigerd(Weigering weigering) => new(default, [], weigering);
    }

    /// <summary>A step refused because of where the beraad is (409) or a code that is not valid (403); Dutch text for the person who tried.</summary>
    public sealed record Weigering(int Status, string Titel, string Tekst);

    public const int MaxOmvang = 1000;

    /// <summary>The scope of a beraad's registration codes in their hash: a code is valid for its own beraad only.</summary>
    public static string CodeScope(int beraadId) => "burgerberaad/" + beraadId.ToString(CultureInfo.InvariantCulture);

    public async Task<Uitkomst<Beraad>> MaakAsync(NieuwBeraad invoer, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(invoer.Thema) || invoer.Thema.Trim().Length > 300)
        {
            fouten["thema"] = ["Geef het beraad een thema (hoogstens 300 tekens)."];
        }

        if (invoer.Omvang is < 1 or > MaxOmvang)
        {
            fouten["omvang"] = [$"De omvang is 1 tot {MaxOmvang} leden."];
        }

        if (invoer.Reserves is < 0 or > MaxOmvang)
        {
            fouten["reserves"] = [$"Het aantal reserves is 0 tot {MaxOmvang}."];
        }

        var aanmeldenTot = Utc(invoer.AanmeldenTot);
        if (aanmeldenTot <= clock.GetUtcNow().UtcDateTime)
        {
            fouten["aanmeldenTot"] = ["Het aanmelden moet na nu sluiten."];
        }

        var gebied = await GebiedAsync(invoer.GebiedCode, ct);
        if (gebied is null)
        {
            fouten["gebiedCode"] = [$"Wijk of buurt '{invoer.GebiedCode}' bestaat niet (een CBS-code als WK… of BU…)."];
        }

        if (invoer.Quota is { Count: > 0 } && fouten.Count == 0)
        {
            foreach (var fout in QuotaValidatie.Controleer(invoer.Omvang, invoer.Quota))
            {
                fouten[fout.Key] = fout.Value;
            }
        }

        if (fouten.Count > 0)
        {
            return new(null, fouten);
        }

        var beraad = new Beraad
        {
            Thema = invoer.Thema!.Trim(),
            GebiedCode = gebied!.Value.Code,
            GebiedNaam = gebied.Value.Naam,
            Omvang = invoer.Omvang,
            Reserves = invoer.Reserves,
            AanmeldenTot = aanmeldenTot,
            AangemaaktOp = clock.GetUtcNow().UtcDateTime,
            Quota = Quota(invoer.Quota ?? []),
        };
        db.Burgerberaden.Add(beraad);
        await db.SaveChangesAsync(ct);
        return Uitkomst<Beraad>.Ok(beraad);
    }

    public async Task<Beraad?> LaadAsync(int id, CancellationToken ct) =>
        await db.Burgerberaden.Include(b => b.Quota).SingleOrDefaultAsync(b => b.Id == id, ct);

    public async Task<QuotumVoorstel.Voorstel?> StelQuotaVoorAsync(int id, CancellationToken ct)
    {
        if (await db.Burgerberaden.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) is not { } beraad)
        {
            return null;
        }

        var buurten = beraad.GebiedCode.StartsWith("WK", StringComparison.Ordinal)
            ? await db.Buurten.AsNoTracking().Where(b => b.Wijk!.Code == beraad.GebiedCode).ToListAsync(ct)
            : await db.Buurten.AsNoTracking().Where(b => b.Code == beraad.GebiedCode).ToListAsync(ct);
        return QuotumVoorstel.Maak(beraad.Omvang, buurten);
    }

    /// <summary>Replaces the quotas; refused once the selection runs or is done, and once volunteers answered (their answers follow the values).</summary>
    public async Task<Uitkomst<Beraad>?> ZetQuotaAsync(int id, IReadOnlyList<QuotumInvoer>? quota, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is not { } beraad)
        {
            return null;
        }

        if (beraad.SelectieStatus is BurgerberaadSelectieStatus.InWachtrij or BurgerberaadSelectieStatus.Bezig or BurgerberaadSelectieStatus.Klaar)
        {
            return Uitkomst<Beraad>.Geweigerd(new(409, "Selectie gestart", "De selectie is gestart of klaar: de quota liggen vast."));
        }

        var fouten = QuotaValidatie.Controleer(beraad.Omvang, quota);
        if (fouten.Count > 0)
        {
            return new(null, fouten);
        }

        // Volunteers answered with the current features and values: those must stay; only the numbers may change then.
        if (await db.BurgerberaadAanmeldingen.AnyAsync(a => a.BeraadId == id, ct))
        {
            var nu = beraad.Quota.Select(q => (q.Kenmerk, q.Waarde)).ToHashSet();
            var nieuw = quota!.Select(q => (q.Kenmerk!.Trim(), q.Waarde!.Trim())).ToHashSet();
            if (!nu.SetEquals(nieuw))
            {
                return Uitkomst<Beraad>.Fout("quota", "Er hebben zich al bewoners aangemeld met deze kenmerken en waarden: alleen min en max kunnen nog veranderen.");
            }
        }

        db.BurgerberaadQuota.RemoveRange(beraad.Quota);
        beraad.Quota = Quota(quota!);
        await db.SaveChangesAsync(ct);
        return Uitkomst<Beraad>.Ok(beraad);
    }

    /// <summary>Imports (or, before the invitations, replaces) the address list; a file with any problem stores nothing.</summary>
    public async Task<Uitkomst<int>?> ImporteerAdressenAsync(int id, TextReader csv, CancellationToken ct)
    {
        if (await db.Burgerberaden.SingleOrDefaultAsync(b => b.Id == id, ct) is not { } beraad)
        {
            return null;
        }

        if (beraad.UitgenodigdOp is not null)
        {
            return Uitkomst<int>.Geweigerd(new(409, "Uitnodigingen getrokken", "De uitnodigingen zijn al getrokken: de adreslijst ligt vast."));
        }

        var gelezen = Adreslijst.Lees(csv);
        if (gelezen.Fouten.Count > 0)
        {
            return new(0, new() { ["adressen"] = [.. gelezen.Fouten] });
        }

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        await db.BurgerberaadAdressen.Where(a => a.BeraadId == id).ExecuteDeleteAsync(ct);
        db.BurgerberaadAdressen.AddRange(gelezen.Adressen.Select(a => new BurgerberaadAdres
        {
            BeraadId = id, Regel = a.Regel, Postcode = a.Postcode, Huisnummer = a.Huisnummer, Toevoeging = a.Toevoeging, Straat = a.Straat, Woonplaats = a.Woonplaats,
        }));
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        return Uitkomst<int>.Ok(gelezen.Adressen.Count);
    }

    public sealed record Brief(string Postcode, int Huisnummer, string? Toevoeging, string Straat, string Woonplaats, string Code);

    /// <summary>
    /// Draws the addresses that get a letter and gives each a new code, returned this once (only hashes are kept).
    /// Runs once per beraad: a second draw would let staff choose a sample they like.
    /// </summary>
    public async Task<Uitkomst<IReadOnlyList<Brief>>?> TrekUitnodigingenAsync(int id, int aantal, long? seed, CancellationToken ct)
    {
        if (await db.Burgerberaden.SingleOrDefaultAsync(b => b.Id == id, ct) is not { } beraad)
        {
            return null;
        }

        if (beraad.UitgenodigdOp is not null)
        {
            return Uitkomst<IReadOnlyList<Brief>>.Geweigerd(new(409, "Al getrokken",
                $"De uitnodigingen zijn al getrokken op {beraad.UitgenodigdOp:yyyy-MM-dd HH:mm} UTC (seed {beraad.UitnodigingSeed}); de brieven met codes zijn toen eenmalig gedownload."));
        }

        var adressen = await db.BurgerberaadAdressen.Where(a => a.BeraadId == id).ToListAsync(ct);
        if (adressen.Count == 0)
        {
            return Uitkomst<IReadOnlyList<Brief>>.Fout("adressen", "Importeer eerst een adreslijst.");
        }

        if (aantal < 1 || aantal > adressen.Count)
        {
            return Uitkomst<IReadOnlyList<Brief>>.Fout("aantal", $"Trek 1 tot {adressen.Count} adressen (zoveel staan er op de lijst).");
        }

        var gekozenSeed = seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var getrokken = UitnodigingTrekking.Trek(adressen, aantal, gekozenSeed);
        var brieven = new List<Brief>();
        foreach (var adres in getrokken)
        {
            var code = Briefcodes.Nieuw();
            adres.CodeHash = Briefcodes.Hash(CodeScope(id), code);
            brieven.Add(new Brief(adres.Postcode, adres.Huisnummer, adres.Toevoeging, adres.Straat, adres.Woonplaats, code));
        }

        beraad.UitnodigingSeed = gekozenSeed;
        beraad.UitgenodigdOp = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Uitkomst<IReadOnlyList<Brief>>.Ok(brieven);
    }

    /// <summary>Registers (or updates the registration of) the resident with this code; the pseudonym is theirs to check the results by.</summary>
    public async Task<Uitkomst<(BurgerberaadAanmelding Aanmelding, bool Nieuw)>?> MeldAanAsync(int id, Aanmelding invoer, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is not { } beraad)
        {
            return null;
        }

        if (clock.GetUtcNow().UtcDateTime >= beraad.AanmeldenTot || beraad.SelectieStatus != BurgerberaadSelectieStatus.NietGestart)
        {
            return Uitkomst<(BurgerberaadAanmelding, bool)>.Geweigerd(new(409, "Aanmelden gesloten", "Het aanmelden voor dit burgerberaad is gesloten."));
        }

        if (beraad.Quota.Count == 0)
        {
            // The questions are the features of the quotas: without them a registration could not be drawn from.
            return Uitkomst<(BurgerberaadAanmelding, bool)>.Geweigerd(new(409, "Aanmelden nog niet open", "Het aanmelden voor dit burgerberaad is nog niet open."));
        }

        var ongeldig = new Weigering(403, "Ongeldige code", "Deze code is niet geldig voor dit burgerberaad. Controleer de code op uw brief.");
        if (!Briefcodes.LijktOpCode(invoer.Code))
        {
            return Uitkomst<(BurgerberaadAanmelding, bool)>.Geweigerd(ongeldig);
        }

        var hash = Briefcodes.Hash(CodeScope(id), invoer.Code!);
        var adresId = await db.BurgerberaadAdressen.Where(a => a.BeraadId == id && a.CodeHash == hash).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
        if (adresId is null)
        {
            return Uitkomst<(BurgerberaadAanmelding, bool)>.Geweigerd(ongeldig);
        }

        var fouten = Controleer(beraad, invoer);
        if (fouten.Count > 0)
        {
            return new(default, fouten);
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var kenmerken = StratificatieBestanden.Kenmerken(beraad.Quota);
        var antwoorden = kenmerken.ToDictionary(k => k, k => invoer.Antwoorden![k].Trim(), StringComparer.Ordinal);
        var aanmelding = await db.BurgerberaadAanmeldingen.SingleOrDefaultAsync(a => a.AdresId == adresId, ct);
        var nieuw = aanmelding is null;
        aanmelding ??= db.BurgerberaadAanmeldingen.Add(new BurgerberaadAanmelding
        {
            BeraadId = id, AdresId = adresId.Value, Pseudoniem = Pseudoniem(), Naam = "", AangemeldOp = nu,
        }).Entity;
        aanmelding.Naam = invoer.Naam!.Trim();
        aanmelding.Email = Leeg(invoer.Email);
        aanmelding.Telefoon = Leeg(invoer.Telefoon);
        aanmelding.Antwoorden = antwoorden;
        aanmelding.Beschikbaarheid = Leeg(invoer.Beschikbaarheid);
        aanmelding.GewijzigdOp = nu;
        if (invoer.ConversationId is { Length: > 0 } gesprek && !aanmelding.ConversationIds.Contains(gesprek, StringComparer.Ordinal))
        {
            // Its transcript repeats all of the above: recorded so it is erased with the registration (docs/privacy.md).
            aanmelding.ConversationIds = [.. aanmelding.ConversationIds, gesprek];
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (nieuw)
        {
            // The same code registered at the same moment elsewhere (the unique index on the address refused this one).
            return Uitkomst<(BurgerberaadAanmelding, bool)>.Geweigerd(new(409, "Tegelijk aangemeld", "Met deze code is zojuist al aangemeld; probeer het nog eens om uw gegevens bij te werken."));
        }

        return Uitkomst<(BurgerberaadAanmelding, bool)>.Ok((aanmelding, nieuw));
    }

    private static Dictionary<string, string[]> Controleer(Beraad beraad, Aanmelding invoer)
    {
        var fouten = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(invoer.Naam) || invoer.Naam.Trim().Length > 200)
        {
            fouten["naam"] = ["Vul uw naam in (hoogstens 200 tekens)."];
        }

        if (string.IsNullOrWhiteSpace(invoer.Email) && string.IsNullOrWhiteSpace(invoer.Telefoon))
        {
            fouten["email"] = ["Vul een e-mailadres of telefoonnummer in, zodat we u kunnen uitnodigen als u geloot bent."];
        }
        else if (!string.IsNullOrWhiteSpace(invoer.Email) && (invoer.Email.Trim().Length > 254 || !invoer.Email.Contains('@', StringComparison.Ordinal)))
        {
            fouten["email"] = ["Dit is geen e-mailadres."];
        }

        if (!string.IsNullOrWhiteSpace(invoer.Telefoon) && (invoer.Telefoon.Trim().Length > 30 || invoer.Telefoon.Count(char.IsDigit) < 10))
        {
            fouten["telefoon"] = ["Dit is geen telefoonnummer (minstens 10 cijfers)."];
        }

        if (invoer.Beschikbaarheid?.Length > 1000)
        {
            fouten["beschikbaarheid"] = ["Hoogstens 1000 tekens."];
        }

        foreach (var kenmerk in StratificatieBestanden.Kenmerken(beraad.Quota))
        {
            var waarden = beraad.Quota.Where(q => q.Kenmerk == kenmerk).OrderBy(q => q.Volgorde).Select(q => q.Waarde).ToList();
            if (invoer.Antwoorden?.GetValueOrDefault(kenmerk)?.Trim() is not { Length: > 0 } antwoord)
            {
                fouten[$"antwoorden.{kenmerk}"] = [$"Kies bij '{kenmerk}' een van: {string.Join(", ", waarden)}."];
            }
            else if (!waarden.Contains(antwoord, StringComparer.Ordinal))
            {
                fouten[$"antwoorden.{kenmerk}"] = [$"'{antwoord}' is geen keuze bij '{kenmerk}'; kies een van: {string.Join(", ", waarden)}."];
            }
        }

        return fouten;
    }

    /// <summary>Records the seed the draw will use. Only while registration is open, so it is fixed before anyone knows who volunteered; once only.</summary>
    public async Task<Uitkomst<Beraad>?> MaakSeedBekendAsync(int id, long seed, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is not { } beraad)
        {
            return null;
        }

        if (beraad.SeedBekendgemaaktOp is not null)
        {
            return Uitkomst<Beraad>.Geweigerd(new(409, "Seed al bekendgemaakt",
                $"De seed {beraad.Seed} is bekendgemaakt op {beraad.SeedBekendgemaaktOp:yyyy-MM-dd HH:mm} UTC en kan niet meer veranderen."));
        }

        if (clock.GetUtcNow().UtcDateTime >= beraad.AanmeldenTot)
        {
            return Uitkomst<Beraad>.Geweigerd(new(409, "Aanmelden gesloten",
                "Het aanmelden is gesloten: een seed die nu gekozen wordt, zou gekozen kunnen zijn met kennis van de aanmeldingen. Maak de seed bekend terwijl het aanmelden open is."));
        }

        beraad.Seed = seed;
        beraad.SeedBekendgemaaktOp = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Uitkomst<Beraad>.Ok(beraad);
    }

    /// <summary>Queues the selection for the background worker. Needs the announced seed and closed registration; after a panel is drawn it never runs again.</summary>
    public async Task<Uitkomst<Beraad>?> VraagSelectieAanAsync(int id, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is not { } beraad)
        {
            return null;
        }

        Weigering? weigering = beraad switch
        {
            { SeedBekendgemaaktOp: null } => new(409, "Geen seed bekendgemaakt", "Maak eerst de seed bekend: zonder vooraf bekendgemaakte seed kan niemand de trekking nagaan."),
            _ when clock.GetUtcNow().UtcDateTime < beraad.AanmeldenTot => new(409, "Aanmelden nog open", $"Het aanmelden loopt tot {beraad.AanmeldenTot:yyyy-MM-dd HH:mm} UTC; de selectie kan daarna."),
            { SelectieStatus: BurgerberaadSelectieStatus.Klaar } => new(409, "Al geloot", "Het panel is al geloot; met dezelfde seed en dezelfde aanmeldingen geeft opnieuw loten hetzelfde panel."),
            { SelectieStatus: BurgerberaadSelectieStatus.InWachtrij or BurgerberaadSelectieStatus.Bezig } => new(409, "Selectie loopt", "De selectie loopt al."),
            _ when beraad.Quota.Count == 0 => new(409, "Geen quota", "Stel eerst de kenmerken en quota in."),
            _ => null,
        };
        if (weigering is not null)
        {
            return Uitkomst<Beraad>.Geweigerd(weigering);
        }

        beraad.SelectieStatus = BurgerberaadSelectieStatus.InWachtrij;
        beraad.SelectieGevraagdOp = clock.GetUtcNow().UtcDateTime;
        beraad.SelectieGestartOp = null;
        beraad.SelectieKlaarOp = null;
        await db.SaveChangesAsync(ct);
        wachtrij.Plaats(id);
        return Uitkomst<Beraad>.Ok(beraad);
    }

    private static List<BurgerberaadQuotum> Quota(IReadOnlyList<QuotumInvoer> quota) =>
        quota.Select((q, i) => new BurgerberaadQuotum { Volgorde = i, Kenmerk = q.Kenmerk!.Trim(), Waarde = q.Waarde!.Trim(), Min = q.Min, Max = q.Max }).ToList();

    private async Task<(string Code, string Naam)?> GebiedAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var wijk = await db.Wijken.AsNoTracking().Where(w => w.Code == code).Select(w => new { w.Code, w.Naam }).SingleOrDefaultAsync(ct);
        if (wijk is not null)
        {
            return (wijk.Code, wijk.Naam);
        }

        var buurt = await db.Buurten.AsNoTracking().Where(b => b.Code == code).Select(b => new { b.Code, b.Naam }).SingleOrDefaultAsync(ct);
        return buurt is null ? null : (buurt.Code, buurt.Naam);
    }

    /// <summary>A random pseudonym (40 bits, base 32): says nothing about the person or when they registered.</summary>
    private static string Pseudoniem()
    {
        const string alfabet = "abcdefghjkmnpqrstuvwxyz23456789";
        Span<char> tekens = stackalloc char[8];
        for (var i = 0; i < tekens.Length; i++)
        {
            tekens[i] = alfabet[RandomNumberGenerator.GetInt32(alfabet.Length)];
        }

        return "v-" + new string(tekens);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    private static DateTime Utc(DateTime tijd) => tijd.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(tijd, DateTimeKind.Utc) : tijd.ToUniversalTime();
}

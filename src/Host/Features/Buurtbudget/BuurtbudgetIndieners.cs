using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// The proposers of buurtbudget proposals as personal data (<see cref="BuurtbudgetVoorstel.IndienerNaam"/>,
/// <see cref="BuurtbudgetVoorstel.IndienerContact"/>): found, exported and erased on request through
/// <c>/api/privacy/bewoners</c>, and erased <see cref="PrivacyOptions.BuurtbudgetIndienersTermijn"/> after the round is
/// over (<see cref="BuurtbudgetRonde.UitvoeringTot"/>). Erasing removes the name and contact only: the proposal's text
/// stays as the residents voted on it.
/// </summary>
public sealed class BuurtbudgetIndieners(ParticipatieDbContext db, IOptions<PrivacyOptions> options, TimeProvider clock) : IPersoonsgegevensBron, IBewaartermijnRegel
{
    public const string VoorstelSoort = "buurtbudget-voorstel";

    public const string RondeSoort = "buurtbudget-ronde";

    public const string GelezenWat = "buurtbudget: contactgegevens indieners gelezen";

    public string Soort => VoorstelSoort;

    public async Task<IReadOnlyList<PersoonsgegevensVondst>> ZoekAsync(PersoonsgegevensZoekterm zoek, CancellationToken ct)
    {
        var voorstellen = await db.BuurtbudgetVoorstellen.AsNoTracking().Where(v => v.IndienerNaam != null || v.IndienerContact != null)
            .Join(db.BuurtbudgetRondes, v => v.RondeId, r => r.Id, (v, r) => new { v.Id, v.Titel, v.IndienerNaam, v.IndienerContact, Ronde = r.Naam })
            .ToListAsync(ct);
        return voorstellen.Where(v => zoek.IsNaam(v.IndienerNaam) || zoek.IsContact(v.IndienerContact))
            .Select(v => new PersoonsgegevensVondst(v.Id, v.IndienerNaam ?? "", Email(v.IndienerContact), Telefoon(v.IndienerContact),
                $"buurtbudgetvoorstel '{v.Titel}' ({v.Ronde})"))
            .ToList();
    }

    public async Task<PersoonsgegevensSectie?> ExporteerAsync(int id, CancellationToken ct)
    {
        var gevonden = await db.BuurtbudgetVoorstellen.AsNoTracking().Where(v => v.Id == id)
            .Join(db.BuurtbudgetRondes, v => v.RondeId, r => r.Id, (v, r) => new { v, Ronde = r.Naam }).SingleOrDefaultAsync(ct);
        if (gevonden is null)
        {
            return null;
        }

        var v = gevonden.v;
        var gegevens = new Dictionary<string, string?>
        {
            ["ronde"] = gevonden.Ronde,
            ["titel"] = v.Titel,
            ["omschrijving"] = v.Omschrijving,
            ["kosten"] = v.Kosten.ToString("0.00", CultureInfo.InvariantCulture),
            ["plek"] = v.Plek,
            ["naam indiener"] = v.IndienerNaam,
            ["contact indiener"] = v.IndienerContact,
            ["status"] = v.Status.ToString(),
            ["redenen"] = string.Join(" ", v.Redenen),
            ["ingediend op"] = v.IngediendOp.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        };
        // Chat proposals are not linked to their conversation (docs/privacy.md), so there is no transcript to add.
        return new PersoonsgegevensSectie($"buurtbudgetvoorstel '{v.Titel}' ({gevonden.Ronde})", gegevens, []);
    }

    public async Task<bool> WisAsync(int id, CancellationToken ct)
    {
        var voorstel = await db.BuurtbudgetVoorstellen.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (voorstel is null || (voorstel.IndienerNaam is null && voorstel.IndienerContact is null))
        {
            return false;
        }

        (voorstel.IndienerNaam, voorstel.IndienerContact) = (null, null);
        return true;
    }

    /// <summary>Erases the proposers of rounds that are over longer than the retention period ago, one audit entry per proposal.</summary>
    public async Task<int> PasToeAsync(CancellationToken ct)
    {
        var grens = clock.GetUtcNow().UtcDateTime - options.Value.BuurtbudgetIndienersTermijn;
        var verlopen = await db.BuurtbudgetVoorstellen
            .Where(v => (v.IndienerNaam != null || v.IndienerContact != null) && db.BuurtbudgetRondes.Any(r => r.Id == v.RondeId && r.UitvoeringTot < grens))
            .ToListAsync(ct);
        foreach (var voorstel in verlopen)
        {
            (voorstel.IndienerNaam, voorstel.IndienerContact) = (null, null);
            InzageLog.Systeem(db, clock, PersoonsgegevensInzage.Bewaartermijn, InzageLog.Onderwerp(VoorstelSoort, voorstel.Id));
        }

        await db.SaveChangesAsync(ct);
        return verlopen.Count;
    }

    private static string? Email(string? contact) => contact is not null && contact.Contains('@', StringComparison.Ordinal) ? contact : null;

    private static string? Telefoon(string? contact) => contact is not null && !contact.Contains('@', StringComparison.Ordinal) ? contact : null;
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// The dates of a round's phases, and what happens when the round enters one: the review phase gives every eligible
/// proposal a feasibility task; the voting phase fixes the ballot from the proposals that passed (or, in a lifecycle
/// without review, from every eligible one) and closes reviews that did not finish.
/// </summary>
public sealed class BuurtbudgetFaseOvergang(IDbContextFactory<ParticipatieDbContext> contexts)
{
    public const string Haalbaar = "haalbaar";
    public const string NietHaalbaar = "niet-haalbaar";

    /// <summary>When a phase begins and ends for a round; <c>Overslaan</c> when the round has no such phase.</summary>
    public sealed record Data(int RondeId, DateTimeOffset? Begin, DateTimeOffset? Einde, bool Overslaan);

    public async Task<Data> DataAsync(int rondeId, BuurtbudgetFase fase, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var r = await db.BuurtbudgetRondes.AsNoTracking().SingleOrDefaultAsync(x => x.Id == rondeId, ct)
            ?? throw new InvalidOperationException($"Buurtbudgetronde {rondeId} bestaat niet.");
        static DateTimeOffset? U(DateTime? d) => d is { } w ? new DateTimeOffset(DateTime.SpecifyKind(w, DateTimeKind.Utc)) : null;
        var zonderVoorstellen = r.VoorstellenVanaf is null;
        return fase switch
        {
            BuurtbudgetFase.Voorstellen => new Data(rondeId, U(r.VoorstellenVanaf), U(r.VoorstellenTot), zonderVoorstellen),
            BuurtbudgetFase.Beoordeling => new Data(rondeId, U(r.VoorstellenTot), U(r.BeoordelingTot ?? r.StemmenVanaf), zonderVoorstellen),
            BuurtbudgetFase.Stemmen => new Data(rondeId, U(r.StemmenVanaf), U(r.StemmenTot), false),
            BuurtbudgetFase.Uitslag => new Data(rondeId, U(r.StemmenTot), U(r.UitvoeringVanaf), false),
            BuurtbudgetFase.Uitvoering => new Data(rondeId, U(r.UitvoeringVanaf), U(r.UitvoeringTot), false),
            _ => new Data(rondeId, U(r.UitvoeringTot), null, false),
        };
    }

    /// <summary>Moves the round into <paramref name="fase"/> in <paramref name="db"/> (saved by the workflow step).</summary>
    public async Task GaNaarAsync(ParticipatieDbContext db, int rondeId, BuurtbudgetFase fase, string beoordelaarsRol, DateTime nu, CancellationToken ct)
    {
        var ronde = await db.BuurtbudgetRondes.Include(r => r.Projecten).SingleAsync(r => r.Id == rondeId, ct);
        ronde.Fase = fase;
        switch (fase)
        {
            case BuurtbudgetFase.Beoordeling:
                await MaakBeoordelingstakenAsync(db, ronde, beoordelaarsRol, nu, ct);
                break;
            case BuurtbudgetFase.Stemmen:
                await StelStembiljetVastAsync(db, ronde, ct);
                break;
        }
    }

    private static async Task MaakBeoordelingstakenAsync(ParticipatieDbContext db, BuurtbudgetRonde ronde, string rol, DateTime nu, CancellationToken ct)
    {
        var c = CultureInfo.GetCultureInfo("nl-NL");
        var voorstellen = await db.BuurtbudgetVoorstellen
            .Where(v => v.RondeId == ronde.Id && v.Status == BuurtbudgetVoorstelStatus.Ontvankelijk && v.BeoordelingTaakId == null)
            .OrderBy(v => v.Id).ToListAsync(ct);
        foreach (var v in voorstellen)
        {
            var titel = $"Haalbaarheid buurtbudgetvoorstel: {v.Titel}";
            v.BeoordelingTaak = new Taak
            {
                Titel = titel.Length > 200 ? titel[..200] : titel,
                Omschrijving = string.Join("\n", new[]
                {
                    $"Ronde '{ronde.Naam}' (budget € {ronde.Budget.ToString("N2", c)}). Is dit voorstel uitvoerbaar voor ongeveer het geraamde bedrag, op deze plek?",
                    $"Voorstel: {v.Omschrijving}",
                    $"Geraamde kosten: € {v.Kosten.ToString("N2", c)}",
                    v.Plek is null ? null : $"Plek: {v.Plek}",
                    $"De regels: {string.Join(" ", v.Redenen)}",
                    "Kies 'haalbaar' om het op het stembiljet te zetten, of 'niet-haalbaar' met een toelichting voor de indiener.",
                }.Where(r => r is not null)),
                Rol = rol,
                BuurtId = ronde.BuurtId,
                InitiatiefId = v.InitiatiefId,
                AangemaaktOp = nu,
                VervalDatum = ronde.BeoordelingTot ?? ronde.StemmenVanaf,
                Status = TaakStatus.Open,
                Uitkomsten = [Haalbaar, NietHaalbaar],
            };
            v.Status = BuurtbudgetVoorstelStatus.InBeoordeling;
        }
    }

    private static async Task StelStembiljetVastAsync(ParticipatieDbContext db, BuurtbudgetRonde ronde, CancellationToken ct)
    {
        var voorstellen = await db.BuurtbudgetVoorstellen.Include(v => v.BeoordelingTaak)
            .Where(v => v.RondeId == ronde.Id && v.ProjectId == null
                && (v.Status == BuurtbudgetVoorstelStatus.Ontvankelijk || v.Status == BuurtbudgetVoorstelStatus.InBeoordeling))
            .OrderBy(v => v.Id).ToListAsync(ct);
        var volgende = ronde.Projecten.Count + 1;
        foreach (var v in voorstellen)
        {
            var taak = v.BeoordelingTaak;
            if (taak is { Status: TaakStatus.Afgerond, Uitkomst: NietHaalbaar })
            {
                v.Status = BuurtbudgetVoorstelStatus.NietHaalbaar;
                v.Redenen.Add(string.IsNullOrWhiteSpace(taak.Toelichting)
                    ? "De gemeente vond het voorstel niet uitvoerbaar."
                    : $"De gemeente vond het voorstel niet uitvoerbaar: {taak.Toelichting}");
                continue;
            }

            if (taak is { Status: not TaakStatus.Afgerond })
            {
                // The review did not finish before the vote: the ballot is fixed without it, and the task is void.
                taak.Status = TaakStatus.Geannuleerd;
                v.Status = BuurtbudgetVoorstelStatus.NietBeoordeeld;
                v.Redenen.Add("De haalbaarheid was niet beoordeeld toen het stemmen begon; het voorstel staat niet op het stembiljet.");
                continue;
            }

            // Reviewed as feasible, or eligible in a lifecycle without review.
            var project = new BuurtbudgetProject
            {
                RondeId = ronde.Id,
                Code = (volgende++).ToString(CultureInfo.InvariantCulture),
                Titel = v.Titel,
                Omschrijving = v.Omschrijving,
                Kosten = v.Kosten,
                InitiatiefId = v.InitiatiefId,
            };
            ronde.Projecten.Add(project);
            v.Status = BuurtbudgetVoorstelStatus.OpStembiljet;
            v.Redenen.Add("Het voorstel staat op het stembiljet.");
            v.Project = project;
        }
    }
}

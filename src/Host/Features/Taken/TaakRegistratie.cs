using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Taken;

/// <summary>Turns a waiting HumanTask into a row in the task inbox. Idempotent per bookmark.</summary>
public sealed class TaakRegistratie(IDbContextFactory<ParticipatieDbContext> contexts, TimeProvider clock)
{
    /// <summary>Registers a task in its own transaction (the repair pass for bookmarks without a row).</summary>
    public async Task RegistreerAsync(string instanceId, string bookmarkId, HumanTaskStimulus taak, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await VoegToeAsync(db, instanceId, bookmarkId, taak, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the task row to <paramref name="db"/> without saving: the workflow step saves it with its own state.</summary>
    public async Task VoegToeAsync(ParticipatieDbContext db, string instanceId, string bookmarkId, HumanTaskStimulus taak, CancellationToken ct)
    {
        if (await db.Taken.AnyAsync(t => t.BookmarkId == bookmarkId, ct))
        {
            return;
        }

        int? buurtId = null;
        if (!string.IsNullOrWhiteSpace(taak.BuurtCode))
        {
            buurtId = await db.Buurten.Where(b => b.Code == taak.BuurtCode).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);
        }
        else if (taak.InitiatiefId is { } initiatiefId)
        {
            buurtId = await db.Initiatieven.Where(i => i.Id == initiatiefId).Select(i => (int?)i.BuurtId).SingleOrDefaultAsync(ct);
        }

        db.Taken.Add(new Taak
        {
            Titel = taak.Titel.Length > 200 ? taak.Titel[..200] : taak.Titel,
            Omschrijving = taak.Omschrijving,
            Rol = taak.Rol,
            ToegewezenAan = taak.ToegewezenAan,
            BuurtId = buurtId,
            InitiatiefId = taak.InitiatiefId,
            ProgrammaId = taak.ProgrammaId,
            AangemaaktOp = clock.GetUtcNow().UtcDateTime,
            VervalDatum = taak.Vervaldatum.UtcDateTime,
            Status = TaakStatus.Open,
            Uitkomsten = taak.Uitkomsten.ToList(),
            WorkflowInstanceId = instanceId,
            BookmarkId = bookmarkId,
        });
    }
}

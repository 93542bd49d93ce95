using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Taken;

/// <summary>Closes the inbox row of a human task inside the workflow step that the completion resumes.</summary>
public static class TaakAfsluiting
{
    /// <summary>
    /// Marks the task of <paramref name="bookmarkId"/> as done in <paramref name="db"/> (saved by the step). Throws
    /// <see cref="TaakAlAfgerondException"/> when it is no longer open, which undoes the whole step.
    /// </summary>
    public static async Task SluitAsync(ParticipatieDbContext db, string bookmarkId, string uitkomst, string? toelichting, string? door, DateTime op, CancellationToken ct)
    {
        var taak = await db.Taken.SingleOrDefaultAsync(t => t.BookmarkId == bookmarkId, ct);
        if (taak is null)
        {
            // Resumed without an inbox row (e.g. through the engine's API before the repair pass made one).
            return;
        }

        if (taak.Status != TaakStatus.Open)
        {
            throw new TaakAlAfgerondException(taak.Id);
        }

        taak.Status = TaakStatus.Afgerond;
        taak.Uitkomst = uitkomst;
        taak.Toelichting = toelichting;
        taak.AfgerondDoor = door;
        taak.AfgerondOp = op;
    }
}

/// <summary>The task was completed (or closed) by someone else first.</summary>
public sealed class TaakAlAfgerondException(int taakId) : InvalidOperationException($"Taak {taakId} is al afgerond.")
{
    public int TaakId { get; } = taakId;
}

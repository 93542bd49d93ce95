using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// The one way to read and erase what a chat conversation holds about a resident: its messages (<c>ChatActivities</c>),
/// the bot's state for it and messages not yet delivered to it. Used by the erasure of a resident and by every feature
/// whose records point to a conversation (burgerberaad, uitdaagrecht). The conversation row itself (id and time) stays.
/// </summary>
public static class ChatTranscripten
{
    /// <summary>Marks the conversations' transcripts and bot state for deletion; they go with the caller's <c>SaveChanges</c>.</summary>
    public static void Wis(ParticipatieDbContext db, IReadOnlyCollection<string> gesprekken)
    {
        if (gesprekken.Count == 0)
        {
            return;
        }

        var ids = gesprekken.Distinct(StringComparer.Ordinal).ToList();
        db.ChatActivities.RemoveRange(db.ChatActivities.Where(a => ids.Contains(a.ConversationId)));
        foreach (var gesprek in ids)
        {
            db.BotState.RemoveRange(db.BotState.Where(s => s.Key.Contains(gesprek)));
        }

        db.UitgaandeBerichten.RemoveRange(db.UitgaandeBerichten.Where(b => ids.Contains(b.Ontvanger) && b.AfgeleverdOp == null));
    }

    /// <summary>
    /// The conversations with their messages as stored (Bot Framework activity JSON), for an export. Confidential messages
    /// (a vote, a letter's code) come without their content even before the sweep removed it (<see cref="VertrouwelijkeActiviteit"/>).
    /// </summary>
    public static async Task<IReadOnlyList<PersoonsgegevensBeheer.GesprekGegevens>> LeesAsync(ParticipatieDbContext db, IReadOnlyCollection<string> gesprekken, CancellationToken ct)
    {
        if (gesprekken.Count == 0)
        {
            return [];
        }

        var ids = gesprekken.Distinct(StringComparer.Ordinal).ToList();
        var conversaties = await db.ChatConversations.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var activiteiten = await db.ChatActivities.AsNoTracking().Where(a => ids.Contains(a.ConversationId)).OrderBy(a => a.Volgnummer).ToListAsync(ct);
        return conversaties.Select(g => new PersoonsgegevensBeheer.GesprekGegevens(g.Id, g.AangemaaktOp,
            activiteiten.Where(a => a.ConversationId == g.Id).Select(a => a.Vertrouwelijk ? VertrouwelijkeActiviteit.Redigeer(a.Json) : a.Json).ToList())).ToList();
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Chat;

/// <summary>
/// The transactional outbox for messages to residents. A workflow step places a message in the same transaction as
/// its own state; after the commit it is delivered — at once, and otherwise by <see cref="UitgaandeBerichtenVerzender"/>
/// until it is. Delivery appends the chat activity and marks the message delivered in one transaction, and the
/// attempt counter is a concurrency token, so each message id reaches the conversation exactly once.
/// </summary>
public sealed partial class UitgaandeBerichten(
    IDbContextFactory<ParticipatieDbContext> contexts,
    ConversationStore store,
    ChatTurnRunner turns,
    ResidentNotifier notifier,
    TimeProvider clock,
    ILogger<UitgaandeBerichten> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Places a chat message in <paramref name="db"/> (not saved: the caller's transaction saves it). Returns its id. A
    /// message from a template that beheer has not approved waits; one from a rejected template is closed unsent.
    /// </summary>
    public string PlaatsChat(ParticipatieDbContext db, string conversationId, InitiatiefMelding melding, int? initiatiefId, string? workflowInstanceId, string? workflowVersie,
        BerichtSjabloon? sjabloon = null)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var bericht = new UitgaandBericht
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
            Kanaal = UitgaandBericht.KanaalChat,
            Ontvanger = conversationId,
            InhoudJson = JsonSerializer.Serialize(melding, Json),
            InitiatiefId = initiatiefId,
            WorkflowInstanceId = workflowInstanceId,
            WorkflowVersie = workflowVersie,
            AangemaaktOp = nu,
            VolgendePogingOp = nu,
            Sjabloon = sjabloon,
        };
        switch (sjabloon?.Status)
        {
            case BerichtSjabloonStatus.Voorgesteld:
                (bericht.VolgendePogingOp, bericht.LaatsteFout) = (DateTime.MaxValue, "Wacht op goedkeuring van de tekst door beheer.");
                break;
            case BerichtSjabloonStatus.Afgewezen:
                (bericht.AfgeleverdOp, bericht.LaatsteFout) = (nu, "Niet verstuurd: de tekst is afgewezen door beheer.");
                break;
        }

        db.UitgaandeBerichten.Add(bericht);
        return bericht.Id;
    }

    /// <summary>Delivers one message if it is still waiting. Failures are recorded for a later attempt, never thrown.</summary>
    public async Task BezorgAsync(string id, CancellationToken ct)
    {
        string? ontvanger;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            ontvanger = await db.UitgaandeBerichten.AsNoTracking()
                .Where(b => b.Id == id && b.AfgeleverdOp == null).Select(b => b.Ontvanger).SingleOrDefaultAsync(ct);
        }

        if (ontvanger is not null)
        {
            // Under the conversation's lock, so the message takes its place in the conversation's order.
            await turns.UnderConversationLockAsync(ontvanger, token => BezorgOnderSlotAsync(id, token), ct);
        }
    }

    /// <summary>Delivers every message that is due (new, or due for another attempt). Returns how many were delivered.</summary>
    public async Task<int> BezorgWachtendeAsync(CancellationToken ct)
    {
        List<string> ids;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var nu = clock.GetUtcNow().UtcDateTime;
            ids = await db.UitgaandeBerichten.AsNoTracking()
                .Where(b => b.AfgeleverdOp == null && b.VolgendePogingOp <= nu)
                .OrderBy(b => b.AangemaaktOp).Select(b => b.Id).Take(100).ToListAsync(ct);
        }

        var bezorgd = 0;
        foreach (var id in ids)
        {
            await BezorgAsync(id, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            bezorgd += await db.UitgaandeBerichten.CountAsync(b => b.Id == id && b.AfgeleverdOp != null, ct);
        }

        return bezorgd;
    }

    private async Task BezorgOnderSlotAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var bericht = await db.UitgaandeBerichten.Include(b => b.Sjabloon).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (bericht is null || bericht.AfgeleverdOp is not null || bericht.Sjabloon is { Status: not BerichtSjabloonStatus.Goedgekeurd })
        {
            // Delivered, or its text is not approved: nothing leaves.
            return;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        try
        {
            bericht.Pogingen++;
            bericht.AfgeleverdOp = nu;
            var conversation = await db.ChatConversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == bericht.Ontvanger, ct);
            if (conversation is null)
            {
                // Nothing to deliver to (the conversation was removed): closed with the reason, not retried forever.
                bericht.LaatsteFout = "Het gesprek bestaat niet (meer); het bericht is niet afgeleverd.";
                await db.SaveChangesAsync(ct);
                return;
            }

            var melding = JsonSerializer.Deserialize<InitiatiefMelding>(bericht.InhoudJson, Json)
                ?? throw new InvalidOperationException("Het bericht heeft geen inhoud.");
            // Appending saves the context: the activity and the delivered mark commit together.
            await store.AppendAsync(db, conversation.Id, [notifier.Bericht(conversation, melding)], ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another dispatcher delivered it a moment ago; its commit is the one that counts.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await NoteerMisluktAsync(id, ex, ct);
        }
    }

    private async Task NoteerMisluktAsync(string id, Exception ex, CancellationToken ct)
    {
        LogFailed(ex, id);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var bericht = await db.UitgaandeBerichten.SingleOrDefaultAsync(b => b.Id == id && b.AfgeleverdOp == null, ct);
        if (bericht is null)
        {
            return;
        }

        bericht.Pogingen++;
        bericht.LaatsteFout = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
        // Back off: 5 s, 10 s, 20 s … up to an hour between attempts.
        var wacht = TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Min(bericht.Pogingen - 1, 10))));
        bericht.VolgendePogingOp = clock.GetUtcNow().UtcDateTime + wacht;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Delivered or noted by another dispatcher meanwhile.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering outbox message {Id} failed; it will be retried")]
    private partial void LogFailed(Exception exception, string id);
}

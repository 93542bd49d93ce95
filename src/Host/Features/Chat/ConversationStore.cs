using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Chat;

/// <summary>
/// The conversations and their ordered activities, which Direct Line polls and streams from. Every
/// activity appended gets the next sequence number (the watermark), a server id and a timestamp.
/// Callers hold the conversation's lock (<see cref="ConversationLocks"/>) while appending.
/// </summary>
public sealed class ConversationStore(IDbContextFactory<ParticipatieDbContext> contexts, ConversationStreamHub hub, TimeProvider clock)
{
    public const string ChannelId = "directline";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>An activity as stored: its watermark and its JSON.</summary>
    public sealed record StoredActivity(int Volgnummer, string Json);

    public async Task<ChatConversation> CreateAsync(string userId, string? locale, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var conversation = new ChatConversation
        {
            Id = NewId(),
            UserId = userId,
            Locale = locale,
            AangemaaktOp = now,
            LaatsteActiviteitOp = now,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ChatConversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        return conversation;
    }

    public async Task<ChatConversation?> FindAsync(string conversationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ChatConversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, ct);
    }

    /// <summary>Stores the activities in order and wakes the streams. Returns them with their ids set.</summary>
    public async Task<IReadOnlyList<Activity>> AppendAsync(string conversationId, IEnumerable<Activity> activities, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await AppendAsync(db, conversationId, activities, ct);
    }

    /// <summary>
    /// Appends through the caller's context and saves it, so whatever else the caller changed in it (an outbox
    /// message marked delivered) commits together with the activities.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> AppendAsync(ParticipatieDbContext db, string conversationId, IEnumerable<Activity> activities, CancellationToken ct)
    {
        var conversation = await db.ChatConversations.SingleAsync(c => c.Id == conversationId, ct);
        var now = clock.GetUtcNow();
        var stored = new List<Activity>();
        foreach (var activity in activities)
        {
            var volgnummer = ++conversation.LaatsteVolgnummer;
            activity.Id = $"{conversationId}|{volgnummer.ToString("0000000", CultureInfo.InvariantCulture)}";
            activity.Timestamp ??= now;
            activity.ChannelId = ChannelId;
            activity.Conversation = new ConversationAccount(conversationId);
            db.ChatActivities.Add(new ChatActivity
            {
                ConversationId = conversationId,
                Volgnummer = volgnummer,
                ActivityId = activity.Id,
                Json = JsonSerializer.Serialize(activity, Json),
                Tijdstip = now.UtcDateTime,
                Vertrouwelijk = Vertrouwelijkheid.IsConfidential(activity),
            });
            stored.Add(activity);
        }

        if (stored.Count == 0)
        {
            return stored;
        }

        await MarkeerBeantwoordAlsVertrouwelijkAsync(db, conversationId, stored, ct);

        conversation.LaatsteActiviteitOp = now.UtcDateTime;
        await db.SaveChangesAsync(ct);
        await hub.PublishAsync(conversationId, conversation.LaatsteVolgnummer, ct);
        return stored;
    }

    /// <summary>
    /// A confidential reply makes the resident's message it answers (<c>replyToId</c>) confidential too: that message was
    /// stored before the bot knew it held a code or a ballot. Saved with the replies, so both are marked or neither.
    /// </summary>
    private static async Task MarkeerBeantwoordAlsVertrouwelijkAsync(ParticipatieDbContext db, string conversationId, List<Activity> stored, CancellationToken ct)
    {
        var beantwoord = stored.Where(Vertrouwelijkheid.IsConfidential).Select(a => a.ReplyToId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (beantwoord.Count == 0)
        {
            return;
        }

        var berichten = await db.ChatActivities
            .Where(a => a.ConversationId == conversationId && beantwoord.Contains(a.ActivityId) && !a.Vertrouwelijk)
            .ToListAsync(ct);
        foreach (var bericht in berichten)
        {
            bericht.Vertrouwelijk = true;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/>, and the new watermark.</summary>
    public async Task<(IReadOnlyList<string> Activities, int Watermark)> ReadSinceAsync(string conversationId, int watermark, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ChatActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Volgnummer > watermark)
            .OrderBy(a => a.Volgnummer)
            .Select(a => new { a.Volgnummer, a.Json })
            .ToListAsync(ct);
        return (rows.Select(r => r.Json).ToList(), rows.Count == 0 ? watermark : rows[^1].Volgnummer);
    }

    public async Task MarkStartedAsync(string conversationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var conversation = await db.ChatConversations.SingleAsync(c => c.Id == conversationId, ct);
        conversation.IsGestart = true;
        await db.SaveChangesAsync(ct);
    }

    public async Task EndAsync(string conversationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var conversation = await db.ChatConversations.SingleAsync(c => c.Id == conversationId, ct);
        conversation.BeeindigdOp ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>128 random bits, URL-safe: conversation ids cannot be guessed.</summary>
    public static string NewId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

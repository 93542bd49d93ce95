using Microsoft.EntityFrameworkCore;
using Participatie.Bot.State;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Chat;

/// <summary>
/// Bot state in the database, so a conversation survives a restart of the host mid-dialog. The etag
/// is a concurrency token: a write with a stale etag fails instead of overwriting a newer turn.
/// </summary>
public sealed class EfBotStorage(IDbContextFactory<ParticipatieDbContext> contexts, TimeProvider clock) : IBotStorage
{
    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.BotState.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        return row is null ? null : new StoredDocument(row.Key, row.Json, row.ETag);
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var etag = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow().UtcDateTime;
        if (expectedETag is not null and not StoredDocument.AnyETag)
        {
            // The common case, one UPDATE without reading first: the etag this turn read is the concurrency
            // token, so the update applies only to that version. It goes through SaveChanges like every other
            // write, so SQLite's writes stay queued in order instead of colliding.
            var stub = new BotStateDocument { Key = key, Json = json, ETag = expectedETag, GewijzigdOp = now };
            db.BotState.Attach(stub);
            stub.ETag = etag;
            db.Entry(stub).Property(d => d.Json).IsModified = true;
            db.Entry(stub).Property(d => d.GewijzigdOp).IsModified = true;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return etag;
            }
            catch (DbUpdateConcurrencyException)
            {
                throw Conflict(key);
            }
        }

        var row = await db.BotState.SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (row is null)
        {
            db.BotState.Add(new BotStateDocument { Key = key, Json = json, ETag = etag, GewijzigdOp = now });
        }
        else if (expectedETag is null)
        {
            throw Conflict(key);
        }
        else
        {
            row.Json = json;
            row.ETag = etag;
            row.GewijzigdOp = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another writer got there between our read and our write.
            throw Conflict(key);
        }

        return etag;
    }

    public async Task<bool> DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.BotState.SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (row is null)
        {
            return false;
        }

        if (expectedETag is not null && expectedETag != StoredDocument.AnyETag && expectedETag != row.ETag)
        {
            throw new BotStorageConflictException($"Bot state '{key}' was changed by another turn.");
        }

        db.BotState.Remove(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BotStorageConflictException($"Bot state '{key}' was changed by another turn.");
        }

        return true;
    }

    private static BotStorageConflictException Conflict(string key) => new($"Bot state '{key}' was changed by another turn.");
}

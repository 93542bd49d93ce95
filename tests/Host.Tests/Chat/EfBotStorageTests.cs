using Microsoft.EntityFrameworkCore;
using Participatie.Bot.State;
using Participatie.Host.Features.Chat;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Chat;

public sealed class EfBotStorageTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly EfBotStorage storage;

    public EfBotStorageTests() => storage = new EfBotStorage(database.Factory, TimeProvider.System);

    [Fact]
    public async Task Write_NewKeyWithNullETag_StoresAndReadsBack()
    {
        var etag = await storage.WriteAsync("conversation/directline/a", "{\"x\":1}", null, default);
        var read = await storage.ReadAsync("conversation/directline/a", default);

        Assert.Equal("{\"x\":1}", read!.Json);
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task Write_ExistingKeyWithNullETag_Conflicts()
    {
        await storage.WriteAsync("k", "{}", null, default);

        await Assert.ThrowsAsync<BotStorageConflictException>(() => storage.WriteAsync("k", "{\"y\":2}", null, default));
    }

    [Fact]
    public async Task Write_StaleETag_ConflictsAndKeepsTheNewerVersion()
    {
        var first = await storage.WriteAsync("k", "{\"v\":1}", null, default);
        await storage.WriteAsync("k", "{\"v\":2}", first, default);

        await Assert.ThrowsAsync<BotStorageConflictException>(() => storage.WriteAsync("k", "{\"v\":3}", first, default));
        Assert.Equal("{\"v\":2}", (await storage.ReadAsync("k", default))!.Json);
    }

    [Fact]
    public async Task Write_AnyETag_OverwritesOrCreates()
    {
        await storage.WriteAsync("k", "{\"v\":1}", StoredDocument.AnyETag, default);
        await storage.WriteAsync("k", "{\"v\":2}", StoredDocument.AnyETag, default);

        Assert.Equal("{\"v\":2}", (await storage.ReadAsync("k", default))!.Json);
    }

    [Fact]
    public async Task Write_ParallelWithSameETag_ExactlyOneWins()
    {
        var etag = await storage.WriteAsync("k", "{}", null, default);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await storage.WriteAsync("k", $"{{\"v\":{i}}}", etag, default);
                return true;
            }
            catch (BotStorageConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task Delete_WithStaleETagConflicts_WithCurrentDeletes()
    {
        var first = await storage.WriteAsync("k", "{}", null, default);
        var second = await storage.WriteAsync("k", "{\"v\":1}", first, default);

        await Assert.ThrowsAsync<BotStorageConflictException>(() => storage.DeleteAsync("k", first, default));
        Assert.True(await storage.DeleteAsync("k", second, default));
        Assert.Null(await storage.ReadAsync("k", default));
        Assert.False(await storage.DeleteAsync("k", null, default));
    }

    public void Dispose() => database.Dispose();

}

using Participatie.Bot.State;

namespace Participatie.Bot.Tests.State;

public sealed class MemoryBotStorageTests
{
    [Fact]
    public async Task Write_NewKeyWithNullEtag_CreatesAndReturnsEtag()
    {
        var storage = new MemoryBotStorage();
        var etag = await storage.WriteAsync("k", "{\"a\":1}", null, CancellationToken.None);

        var document = await storage.ReadAsync("k", CancellationToken.None);
        Assert.Equal(new StoredDocument("k", "{\"a\":1}", etag), document);
    }

    [Fact]
    public async Task Write_ExistingKeyWithNullEtag_Conflicts()
    {
        var storage = new MemoryBotStorage();
        await storage.WriteAsync("k", "{}", null, CancellationToken.None);

        await Assert.ThrowsAsync<BotStorageConflictException>(() => storage.WriteAsync("k", "{}", null, CancellationToken.None));
    }

    [Fact]
    public async Task Write_StaleEtag_ConflictsAndKeepsNewerVersion()
    {
        var storage = new MemoryBotStorage();
        var first = await storage.WriteAsync("k", "1", null, CancellationToken.None);
        var second = await storage.WriteAsync("k", "2", first, CancellationToken.None);

        await Assert.ThrowsAsync<BotStorageConflictException>(() => storage.WriteAsync("k", "3", first, CancellationToken.None));
        Assert.NotEqual(first, second);
        Assert.Equal("2", (await storage.ReadAsync("k", CancellationToken.None))!.Json);
    }

    [Fact]
    public async Task Write_AnyEtag_OverwritesUnconditionally()
    {
        var storage = new MemoryBotStorage();
        await storage.WriteAsync("k", "1", null, CancellationToken.None);
        await storage.WriteAsync("k", "2", StoredDocument.AnyETag, CancellationToken.None);

        Assert.Equal("2", (await storage.ReadAsync("k", CancellationToken.None))!.Json);
    }

    [Fact]
    public async Task Delete_WithStaleEtag_ConflictsAndWithCurrentEtagDeletes()
    {
        var storage = new MemoryBotStorage();
        var first = await storage.WriteAsync("k", "1", null, CancellationToken.None);
        var second = await storage.WriteAsync("k", "2", first, CancellationToken.None);

        await Assert.ThrowsAsync<BotStorageConflictException>(() => storage.DeleteAsync("k", first, CancellationToken.None));
        Assert.True(await storage.DeleteAsync("k", second, CancellationToken.None));
        Assert.Null(await storage.ReadAsync("k", CancellationToken.None));
        Assert.False(await storage.DeleteAsync("k", null, CancellationToken.None));
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Chat;
using Participatie.Host.Features.Taken;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Postgres;

/// <summary>
/// The pieces that let several Host nodes share one PostgreSQL database, each node played by its own instance on the
/// throwaway cluster: advisory locks, the per-conversation lock across nodes, NOTIFY/LISTEN signals, sweeps that run
/// on one node at a time, and the data-protection key ring in the database. (The same with two real processes:
/// Host.SystemTests' MultiNodeTests.)
/// </summary>
[Trait(TestProviders.Trait, TestProviders.PostgresOnly)]
public sealed class NodesTests
{
    private static readonly TimeSpan Ruim = TimeSpan.FromSeconds(30);

    [PostgresFact]
    public async Task TryAcquire_HeldByAnotherNode_IsRefused_AndFreeAgainAfterRelease()
    {
        using var database = new PostgresTestDatabase();
        await CreateDatabaseAsync(database);
        var nodeA = new PostgresNodeLocks(database.ConnectionString);
        var nodeB = new PostgresNodeLocks(database.ConnectionString);

        var held = await nodeA.TryAcquireAsync("sweep", default);
        Assert.NotNull(held);
        Assert.Null(await nodeB.TryAcquireAsync("sweep", default));
        await using (var other = await nodeB.TryAcquireAsync("another-sweep", default))
        {
            Assert.NotNull(other);
        }

        await held.DisposeAsync();
        await using var again = await nodeB.TryAcquireAsync("sweep", default);
        Assert.NotNull(again);
    }

    [PostgresFact]
    public async Task ConversationLocks_OnTwoNodes_RunOneTurnAtATime_AndOtherConversationsDoNotWait()
    {
        using var database = new PostgresTestDatabase();
        await CreateDatabaseAsync(database);
        var nodes = new[] { new ConversationLocks(new PostgresNodeLocks(database.ConnectionString)), new ConversationLocks(new PostgresNodeLocks(database.ConnectionString)) };
        int inside = 0, most = 0, turns = 0;

        await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            await using var turn = await nodes[i % 2].AcquireAsync("gesprek-1", default);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Delay(5);
            Interlocked.Increment(ref turns);
            Interlocked.Decrement(ref inside);
        }));

        Assert.Equal(24, turns);
        Assert.Equal(1, most);

        await using var heldOnA = await nodes[0].AcquireAsync("gesprek-1", default);
        var otherOnB = nodes[1].AcquireAsync("gesprek-2", default);
        Assert.Same(otherOnB, await Task.WhenAny(otherOnB, Task.Delay(Ruim)));
        await (await otherOnB).DisposeAsync();
    }

    [PostgresFact]
    public async Task Signals_ReachTheOtherNode_NotTheSender()
    {
        using var database = new PostgresTestDatabase();
        await CreateDatabaseAsync(database);
        using var nodeA = new PostgresSignals(database.ConnectionString, TimeProvider.System, NullLogger<PostgresSignals>.Instance);
        using var nodeB = new PostgresSignals(database.ConnectionString, TimeProvider.System, NullLogger<PostgresSignals>.Instance);
        await nodeA.StartAsync(default);
        await nodeB.StartAsync(default);
        await Task.WhenAll(nodeA.Listening, nodeB.Listening).WaitAsync(Ruim);
        var atA = new ConcurrentQueue<string?>();
        var atB = new ConcurrentQueue<string?>();
        var bGotX = new TaskCompletionSource();
        var aGotY = new TaskCompletionSource();
        using var subA = nodeA.Subscribe(NodeChannels.Gesprekken, p => { atA.Enqueue(p); aGotY.TrySetResult(); });
        using var subB = nodeB.Subscribe(NodeChannels.Gesprekken, p => { atB.Enqueue(p); bGotX.TrySetResult(); });

        await nodeA.PublishAsync(NodeChannels.Gesprekken, "x:1", default);
        await bGotX.Task.WaitAsync(Ruim);
        // Notifications reach a session in the order they were sent: had A heard its own "x", it would come before "y".
        await nodeB.PublishAsync(NodeChannels.Gesprekken, "y:2", default);
        await aGotY.Task.WaitAsync(Ruim);

        Assert.Equal(["x:1"], atB);
        Assert.Equal(["y:2"], atA);
        await nodeA.StopAsync(default);
        await nodeB.StopAsync(default);
    }

    [PostgresFact]
    public async Task TaskWatch_OnTwoNodesAtOnce_RemindsAndEscalatesEachTaskOnce()
    {
        using var database = new PostgresTestDatabase();
        using var factory = new CustomFactory("Development", database.HostSettings);
        int open;
        // Every open task falls due a year from the host's now, so the host's own watch (on the host's clock) leaves
        // them alone, and the two nodes below (two years on) find each one due for a reminder and overdue. Changed
        // under the watch's lock, so no round of the host's own watch is half-way meanwhile.
        var aanDeBeurt = factory.HostClock.GetUtcNow().AddYears(1).UtcDateTime;
        await using (await new PostgresNodeLocks(database.ConnectionString).AcquireAsync(TaakBewaking.SweepLock, default))
        await using (var db = await factory.CreateDbContextAsync())
        {
            open = await db.Taken.Where(t => t.Status == TaakStatus.Open).ExecuteUpdateAsync(u => u
                .SetProperty(t => t.VervalDatum, aanDeBeurt).SetProperty(t => t.HerinneringOp, (DateTime?)null).SetProperty(t => t.GeescaleerdOp, (DateTime?)null));
        }

        Assert.True(open > 0, "the demo data should have open tasks");
        var later = new ManualClock(factory.HostClock.GetUtcNow().AddYears(2));
        var nodes = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<TaakBewaking>(
            factory.Services, new PostgresNodeLocks(database.ConnectionString), (TimeProvider)later)).ToList();

        var rondes = new List<TaakBewaking.Resultaat>();
        for (var i = 0; i < 3; i++)
        {
            rondes.AddRange(await Task.WhenAll(nodes.Select(n => n.RunOnceAsync(default))));
        }

        Assert.Equal(open, rondes.Sum(r => r.Herinneringen));
        Assert.Equal(open, rondes.Sum(r => r.Escalaties));
        await using var check = await factory.CreateDbContextAsync();
        Assert.Equal(0, await check.Taken.CountAsync(t => t.Status == TaakStatus.Open && (t.HerinneringOp == null || t.GeescaleerdOp == null)));
    }

    [PostgresFact]
    public async Task TimerSweep_TakenByAnotherNode_IsSkipped_AndRunsOnceFree()
    {
        using var database = new PostgresTestDatabase();
        using var factory = new CustomFactory("Development", database.HostSettings);
        var otherNode = new PostgresNodeLocks(database.ConnectionString);
        var sweeper = ActivatorUtilities.CreateInstance<WorkflowTimerService>(factory.Services, new PostgresNodeLocks(database.ConnectionString));

        await using (await otherNode.AcquireAsync(WorkflowTimerService.SweepLock, default))
        {
            Assert.Null(await sweeper.SweepAsync(default));
        }

        Assert.NotNull(await sweeper.SweepAsync(default));
    }

    [PostgresFact]
    public async Task KeyRing_InTheDatabase_ATokenFromOneNodeIsReadByTheOther()
    {
        using var database = new PostgresTestDatabase();
        using var nodeA = new CustomFactory("Development", database.HostSettings);
        var token = nodeA.Services.GetRequiredService<Features.Chat.DirectLine.DirectLineTokenService>().Issue("gesprek", "bewoner");
        using var nodeB = new CustomFactory("Development", database.HostSettings);

        var grant = nodeB.Services.GetRequiredService<Features.Chat.DirectLine.DirectLineTokenService>().Validate(token);

        Assert.NotNull(grant);
        Assert.Equal("gesprek", grant.ConversationId);
        await using var db = database.CreateContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        Assert.False(Directory.Exists(Path.Combine(nodeA.DataDirectory, "keys")) && Directory.EnumerateFiles(Path.Combine(nodeA.DataDirectory, "keys")).Any(),
            "on PostgreSQL the keys belong in the database, not in a node's data folder");
        _ = nodeB.Services.GetRequiredService<IDataProtectionProvider>();
    }

    private static async Task CreateDatabaseAsync(PostgresTestDatabase database)
    {
        await using var db = database.CreateContext();
        await db.Database.EnsureCreatedAsync();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

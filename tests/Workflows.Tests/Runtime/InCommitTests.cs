using Participatie.Workflows.Activities;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Runtime;

/// <summary>A domain effect that fails for instances whose correlation id says so; the others record their effect.</summary>
[Activity("Participatie", "Tests")]
public sealed class RecordEffect : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var log = context.GetRequiredService<EffectLog>();
        var correlation = context.CorrelationId ?? "";
        context.InCommit((_, _) => correlation.StartsWith("bad", StringComparison.Ordinal)
            ? throw new InvalidOperationException("effect failed for " + correlation)
            : Task.Run(() => log.Add(correlation)));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

public sealed class EffectLog : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(EffectLog) ? this : null;

    private readonly List<string> entries = [];

    public void Add(string entry)
    {
        lock (entries)
        {
            entries.Add(entry);
        }
    }

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }
}

/// <summary>In-commit effects: a failing effect stores nothing of its step; a failing instance never starves the other timers.</summary>
public sealed class InCommitTests
{
    private static readonly string Definition = Wf.Chain("timed",
        Wf.Activity("wait", "Elsa.Delay", ("timeSpan", Wf.Literal("01:00:00", "TimeSpan"))),
        Wf.Activity("effect", "Participatie.RecordEffect"),
        Wf.WriteLine("w", "done"));

    [Fact]
    public async Task FailingEffect_StoresNothingOfTheStep_AndOtherDueTimersStillFire()
    {
        var stores = new SharedStores();
        var log = new EffectLog();
        var engine = stores.NewEngine(b => b.AddActivity<RecordEffect>().UseServices(log));
        Assert.True((await engine.Definitions.ImportAsync(Definition, publish: true)).Succeeded);
        // The failing one is due first: before, its exception ended the whole dispatch and starved the rest.
        var bad = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "timed", CorrelationId = "bad-1" });
        stores.Clock.Advance(TimeSpan.FromMinutes(1));
        var good = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            good.Add((await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "timed", CorrelationId = "good-" + i })).Instance.Id);
        }

        stores.Clock.Advance(TimeSpan.FromHours(1));
        var fired = await engine.Timers.DispatchDueAsync();

        Assert.Equal(5, fired);
        Assert.Equal(["good-0", "good-1", "good-2", "good-3", "good-4"], log.Entries.Order());
        var failure = Assert.Single(engine.Timers.LastFailures);
        Assert.Equal(bad.Instance.Id, failure.InstanceId);
        Assert.Contains("effect failed for bad-1", failure.Reason, StringComparison.Ordinal);
        var stored = (await engine.Runtime.GetAsync(bad.Instance.Id))!;
        Assert.Equal(bad.Instance.ConcurrencyVersion, stored.ConcurrencyVersion);
        Assert.Equal(WorkflowSubStatus.Suspended, stored.SubStatus);
        Assert.Single(stored.Bookmarks);
        foreach (var id in good)
        {
            Assert.Equal(WorkflowSubStatus.Finished, (await engine.Runtime.GetAsync(id))!.SubStatus);
        }

        // It stays due and is tried again at the next dispatch.
        Assert.Equal(0, await engine.Timers.DispatchDueAsync());
        Assert.Single(engine.Timers.LastFailures);
        Assert.Equal(5, stores.Lines.Count(l => l == "done"));
    }

    [Fact]
    public async Task TimerStep_LongerThanItsTimeLimit_IsCancelled_AndTheOthersFire()
    {
        var stores = new SharedStores();
        var log = new EffectLog();
        var engine = stores.NewEngine(b =>
        {
            b.AddActivity<RecordEffect>().AddActivity<SlowEffect>().UseServices(log);
            b.Options.TimerStepTimeout = TimeSpan.FromMilliseconds(200);
            b.Options.TimerWorkers = 2;
        });
        Assert.True((await engine.Definitions.ImportAsync(Wf.Chain("slow",
            Wf.Activity("wait", "Elsa.Delay", ("timeSpan", Wf.Literal("01:00:00", "TimeSpan"))),
            Wf.Activity("slow", "Participatie.SlowEffect")), publish: true)).Succeeded);
        Assert.True((await engine.Definitions.ImportAsync(Definition, publish: true)).Succeeded);
        var slow = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "slow", CorrelationId = "slow" });
        for (var i = 0; i < 4; i++)
        {
            await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "timed", CorrelationId = "good-" + i });
        }

        stores.Clock.Advance(TimeSpan.FromHours(2));
        var fired = await engine.Timers.DispatchDueAsync();

        Assert.Equal(4, fired);
        var failure = Assert.Single(engine.Timers.LastFailures);
        Assert.Equal(slow.Instance.Id, failure.InstanceId);
        Assert.Contains("cancelled", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.Runtime.GetAsync(slow.Instance.Id))!.SubStatus);
    }
}

/// <summary>An effect that waits until it is cancelled: a step that would otherwise hold a worker for ever.</summary>
[Activity("Participatie", "Tests")]
public sealed class SlowEffect : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.InCommit((_, ct) => Task.Delay(Timeout.Infinite, ct));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Expressions.JavaScript;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace Participatie.Workflows.Tests.Expressions;

/// <summary>
/// Bombs run one at a time, after the parallel tests: they are measured (time in the output, memory asserted), and
/// a neighbour's allocations would blur both.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JavaScriptBudgetCollection
{
    public const string Name = "JavaScript budgets";
}

/// <summary>
/// Every bomb stops with the budget it breaches named in the message, and the process keeps no more than a bounded
/// amount of memory afterwards.
/// </summary>
[Collection(JavaScriptBudgetCollection.Name)]
public sealed class JavaScriptBudgetTests(ITestOutputHelper output)
{
    /// <summary>What a bomb may leave behind in the process (managed heap after a full collection).</summary>
    private const long MaxRetainedBytes = 300L * 1024 * 1024;

    /// <summary>
    /// The default budgets, except that the wall clock gets room: on a loaded machine the one-second time budget
    /// could otherwise fire before the budget a test is about. The time budget has tests of its own.
    /// </summary>
    private static readonly JavaScriptExpressionEvaluator DefaultsWithoutTimeRace = new() { TimeBudget = TimeSpan.FromSeconds(60) };

    private async Task<string> StoppedAsync(string script, JavaScriptExpressionEvaluator evaluator, CancellationToken cancellationToken = default)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var stopwatch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ExpressionEvaluationException>(() => evaluator.EvaluateAsync(script, new TestExpressionContext(), cancellationToken).AsTask());
        stopwatch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{error.Message} after {stopwatch.ElapsedMilliseconds} ms; heap {before / 1_000_000} MB before, {after / 1_000_000} MB after");
        Assert.True(after - before < MaxRetainedBytes, $"The heap grew by {(after - before) / 1_000_000} MB.");
        return error.Message;
    }

    [Fact]
    public async Task HugeArrayJoin_StopsAtTheArrayBudget()
    {
        var message = await StoppedAsync("new Array(20000001).join('ab')", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 1:\d+: array budget of 1,048,576 elements exceeded\.$", message);
    }

    [Fact]
    public async Task StringDoubledTwentyEightTimes_StopsAtTheMemoryBudget()
    {
        var message = await StoppedAsync("var s = 'ab';\nfor (var i = 0; i < 28; i++) s = s + s;\ns.length", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at \d+:\d+: memory budget of 32 MB exceeded\.$", message);
    }

    [Fact]
    public async Task EndlessLoop_StopsAtTheStatementBudget()
    {
        var message = await StoppedAsync("while (true) {}", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 1:\d+: statement budget of 1,000,000 statements exceeded\.$", message);
    }

    [Fact]
    public async Task EndlessLoop_WithoutStatementBudget_StopsAtTheDefaultTimeBudget()
    {
        var message = await StoppedAsync("while (true) {}", new JavaScriptExpressionEvaluator { MaxStatements = 0 });

        Assert.Matches(@"^JavaScript stopped at 1:\d+: time budget of 1 s exceeded\.$", message);
    }

    [Fact]
    public async Task CatastrophicRegularExpression_StopsAtTheDefaultTimeBudget()
    {
        // One native call that backtracks for minutes: no statement boundary for the time constraint to check at.
        var message = await StoppedAsync("/^(a+)+$/.test('a'.repeat(40) + 'b')", new JavaScriptExpressionEvaluator());

        Assert.Matches(@"^JavaScript stopped at 1:\d+: time budget of 1 s exceeded\.$", message);
    }

    [Fact]
    public async Task DeepRecursion_StopsAtTheRecursionBudget()
    {
        var message = await StoppedAsync("function down(n) { return down(n + 1); }\ndown(0)", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at \d+:\d+: recursion budget of 512 nested calls exceeded\.$", message);
    }

    [Fact]
    public async Task ArrayPushLoop_StopsAtTheMemoryBudget()
    {
        // Growing the array's storage (a copy per doubling) costs more than 32 MB before it holds 2^20 elements.
        var message = await StoppedAsync("var a = [];\nfor (var i = 0; ; i++) a.push(i, i, i, i, i, i, i, i);", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 2:\d+: memory budget of 32 MB exceeded\.$", message);
    }

    [Fact]
    public async Task HugeArrayLiteral_StopsAtTheArrayBudget()
    {
        var message = await StoppedAsync("var a = [...Array(20000000).keys()];\na.length", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 1:\d+: array budget of 1,048,576 elements exceeded\.$", message);
    }

    [Fact]
    public async Task HugeArrayFromLength_StopsAtTheArrayBudget()
    {
        var message = await StoppedAsync("Array.from({ length: 100000000 }, (_, i) => i).length", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 1:\d+: array budget of 1,048,576 elements exceeded\.$", message);
    }

    [Fact]
    public async Task ObjectAllocationLoop_StopsAtTheMemoryBudget()
    {
        var message = await StoppedAsync(
            "var list = [];\nwhile (true) list.push({ id: list.length, name: 'item ' + list.length, tags: ['a', 'b'] });",
            DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 2:\d+: memory budget of 32 MB exceeded\.$", message);
    }

    [Fact]
    public async Task OneRepeatOfAGigabyte_IsRefusedBeforeItAllocates()
    {
        var message = await StoppedAsync("'x'.repeat(500000000).length", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 1:\d+: memory budget of 32 MB exceeded\.$", message);
    }

    [Fact]
    public async Task OneReplaceOfAGigabyte_IsRefusedBeforeItAllocates()
    {
        var message = await StoppedAsync("var s = 'ab'.repeat(100000);\ns.replace(/a/g, 'x'.repeat(5000)).length", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 2:\d+: memory budget of 32 MB exceeded\.$", message);
    }

    [Fact]
    public async Task OneReplaceAllOfAGigabyte_IsRefusedBeforeItAllocates()
    {
        var message = await StoppedAsync("'ab'.repeat(100000).replaceAll('a', 'x'.repeat(5000)).length", DefaultsWithoutTimeRace);

        Assert.Matches(@"^JavaScript stopped at 1:\d+: memory budget of 32 MB exceeded\.$", message);
    }

    [Fact]
    public async Task TryCatch_CannotSwallowABudgetBreach()
    {
        var message = await StoppedAsync("try { while (true) {} } catch (e) { }\n'swallowed'", DefaultsWithoutTimeRace);

        Assert.Contains("statement budget", message);
    }

    [Fact]
    public async Task TryCatch_CannotSwallowARefusedAllocation()
    {
        var message = await StoppedAsync("try { 'x'.repeat(500000000); } catch (e) { }\n'swallowed'", DefaultsWithoutTimeRace);

        Assert.Contains("memory budget", message);
    }

    [Fact]
    public async Task GuardedBuiltInsInALoop_DoNotResetTheBudgets()
    {
        // Room for the garbage the loop makes, so that only the statement count can stop it.
        var evaluator = new JavaScriptExpressionEvaluator { TimeBudget = TimeSpan.FromSeconds(60), MemoryBudgetBytes = 1L << 30 };

        var message = await StoppedAsync("while (true) { 'a'.repeat(1); 'a'.replace('a', 'b'); }", evaluator);

        Assert.Contains("statement budget", message);
    }

    [Fact]
    public async Task ConvertingTheResult_IsWithinTheBudgetsToo()
    {
        // The result becomes JSON after the script's last statement; its toJSON is script all the same.
        var message = await StoppedAsync("({ toJSON() { while (true) {} } })", DefaultsWithoutTimeRace);

        Assert.Contains("statement budget", message);
    }

    [Fact]
    public async Task ConfiguredBudgets_AreTheOnesReported()
    {
        var evaluator = new JavaScriptExpressionEvaluator { TimeBudget = TimeSpan.FromMinutes(1), MemoryBudgetBytes = 4L * 1024 * 1024, MaxStatements = 5_000, MaxRecursionDepth = 20, MaxArrayLength = 1024 };

        Assert.Contains("statement budget of 5,000 statements exceeded", await StoppedAsync("while (true) {}", evaluator));
        Assert.Contains("memory budget of 4 MB exceeded", await StoppedAsync("'x'.repeat(3000000)", evaluator));
        Assert.Contains("recursion budget of 20 nested calls exceeded", await StoppedAsync("function f() { return f(); } f()", evaluator));
        Assert.Contains("array budget of 1,024 elements exceeded", await StoppedAsync("new Array(5000).fill(0)", evaluator));
        Assert.Contains("time budget of 300 ms exceeded",
            await StoppedAsync("while (true) {}", new JavaScriptExpressionEvaluator { TimeBudget = TimeSpan.FromMilliseconds(300), MaxStatements = 0 }));
    }

    [Fact]
    public async Task BinaryBuffers_AreNotAvailable()
    {
        var message = await StoppedAsync("new Uint8Array(1000000000).fill(1).length", DefaultsWithoutTimeRace);

        Assert.Matches("^JavaScript error at 1:\\d+: Uint8Array is not defined$", message);
    }

    [Fact]
    public async Task CancelledToken_StopsTheScriptAsCancellation()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var evaluator = new JavaScriptExpressionEvaluator { MaxStatements = 0, TimeBudget = TimeSpan.FromMinutes(1) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => evaluator.EvaluateAsync("while (true) {}", new TestExpressionContext(), cancellation.Token).AsTask());
    }

    [Fact]
    public async Task BudgetBreach_FaultsOnlyItsOwnInstance()
    {
        var engine = WorkflowEngine.Create();
        var imported = await engine.Definitions.ImportAsync(Wf.Chain("d",
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("if (getInput('Bomb')) { while (true) {} }\n'done'", "String")))), publish: true);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));

        // Evaluation is synchronous: each start gets a thread of its own, so the two run side by side.
        var runs = await Task.WhenAll(
            Task.Run(() => engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d", Input = new JsonObject { ["Bomb"] = true } })),
            Task.Run(() => engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d", Input = new JsonObject { ["Bomb"] = false } })));
        var (bombed, calm) = (runs[0], runs[1]);

        Assert.Equal(WorkflowSubStatus.Faulted, bombed.SubStatus);
        Assert.Matches(@"^JavaScript stopped at 1:\d+: (statement|time) budget of [\d,]+ (statements|s) exceeded\.$", Assert.Single(bombed.Incidents).Message);
        Assert.Equal(WorkflowSubStatus.Finished, calm.SubStatus);
        Assert.Empty(calm.Incidents);
        Assert.Equal(["done"], calm.Lines);
    }
}

using Participatie.Rules.Engine;
using Participatie.Rules.Model;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Tests.Budgets;

/// <summary>The expressions that exhausted the server before the budgets, and a way to run one and watch its memory.</summary>
internal static class Bombs
{
    /// <summary><c>a.Sum(x1 =&gt; a.Sum(x2 =&gt; … a.Sum(xN =&gt; xN % 2)))</c>: length(a)^N steps.</summary>
    public static string NestedSums(int depth, string list = "a")
    {
        var text = $"x{depth} % 2";
        for (var i = depth; i >= 1; i--)
        {
            text = $"{list}.Sum(x{i} => {text})";
        }
        return text;
    }

    /// <summary><c>s.Replace("a", "aa")</c> <paramref name="times"/> times: doubles a string of a's each time.</summary>
    public static string ReplaceChain(int times) => "s" + string.Concat(Enumerable.Repeat(".Replace(\"a\", \"aa\")", times)) + ".Length > 0";

    public static int[] Numbers(int count) => Enumerable.Range(1, count).ToArray();

    /// <summary>A workflow with the bomb as rule "bom" and an ordinary rule "gewoon" next to it.</summary>
    public static RuleEngine Engine(string bomb, ExpressionLimits? limits = null, IReadOnlyList<ScopedParam>? globals = null, IReadOnlyList<Type>? customTypes = null)
    {
        var settings = new RuleSettings { Limits = limits ?? ExpressionLimits.Default, CustomTypes = customTypes ?? [] };
        var engine = new RuleEngine(settings);
        var registration = engine.AddWorkflow(new Workflow
        {
            WorkflowName = "w",
            GlobalParams = globals,
            Rules =
            [
                new Rule { RuleName = "bom", Expression = bomb },
                new Rule { RuleName = "gewoon", Expression = "a.Length > 0" },
            ],
        });
        Assert.True(registration.Succeeded, string.Join(Environment.NewLine, registration.Diagnostics));
        return engine;
    }

    /// <summary>
    /// Runs <paramref name="action"/> and asserts the memory it needed stays within 300 MB: the bytes allocated on
    /// this thread (everything the bomb made, even if collected; other tests run on other threads) and the heap
    /// still held afterwards.
    /// </summary>
    public static T WithinMemory<T>(Func<T> action)
    {
        const long Limit = 300L * 1024 * 1024;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var held = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Assert.True(allocated < Limit, $"allocated {allocated / (1024 * 1024)} MB");
        Assert.True(held < Limit, $"held {held / (1024 * 1024)} MB");
        GC.KeepAlive(result);
        return result;
    }
}

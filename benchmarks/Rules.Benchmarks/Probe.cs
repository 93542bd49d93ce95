using System.Diagnostics;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Benchmarks;

/// <summary>Quick breakdown of where engine time goes (not a BenchmarkDotNet benchmark): `probe`.</summary>
public static class Probe
{
    public static void Run()
    {
        var engine = new RuleEngine();
        engine.AddOrUpdateFromFile(Paths.Discount);
        var records = InputGenerator.DiscountLines(10_000).Select(l => ((object?[])DataValues.FromJson(l)!).Cast<DataObject>().ToArray()).ToArray();
        var inputs = records.Select(r => r.Select((d, i) => new RuleParameter($"input{i + 1}", d)).ToArray()).ToArray();
        engine.ExecuteAllRules("Discount", inputs[0]);
        var compiled = typeof(RuleEngine).GetField("_workflows", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            for (var k = 0; k < 10; k++)
            {
                foreach (var i in inputs)
                {
                    engine.ExecuteAllRules("Discount", i);
                }
            }
            var full = sw.Elapsed.TotalMilliseconds * 1e6 / 100_000;
            var cw = GetCompiled(engine);
            var frames = records.Select(r => new object?[] { r[0], r[1], r[2] }).ToArray();
            sw.Restart();
            var n = 0;
            for (var k = 0; k < 10; k++)
            {
                foreach (var f in frames)
                {
                    foreach (var rule in cw.Rules)
                    {
                        if (rule.Predicate is { } p && p(f)) n++;
                        if (rule.Children is { } ch)
                        {
                            foreach (var c in ch)
                            {
                                if (c.Predicate!(f)) n++;
                            }
                        }
                    }
                }
            }
            var predicates = sw.Elapsed.TotalMilliseconds * 1e6 / 100_000;
            Console.WriteLine($"full={full:0} ns/eval predicatesOnly={predicates:0} ns/eval ({n})");
            var all = cw.Rules.SelectMany(r => r.Children ?? [r]).ToArray();
            foreach (var rule in all)
            {
                var predicate = rule.Predicate!;
                sw.Restart();
                for (var k = 0; k < 10; k++)
                {
                    for (var j = 0; j < frames.Length; j++)
                    {
                        if (predicate(frames[j])) n++;
                    }
                }
                Console.Write($"{rule.Rule.RuleName}={sw.Elapsed.TotalMilliseconds * 1e6 / 100_000:0.0} ");
            }
            Console.WriteLine();
            Console.WriteLine(predicateTarget(cw.Rules[0].Predicate!));
        }
    }

    public static void Micro()
    {
        var record = (DataObject)DataValues.FromJson("{\"a\":1,\"country\":\"canada\",\"loyaltyFactor\":3}")!;
        var frame = new object?[] { record };
        var valuesField = typeof(DataObject).GetField("_values", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var p = System.Linq.Expressions.Expression.Parameter(typeof(object[]), "f");
        var read = System.Linq.Expressions.Expression.Convert(System.Linq.Expressions.Expression.ArrayIndex(
            System.Linq.Expressions.Expression.Field(System.Linq.Expressions.Expression.Convert(System.Linq.Expressions.Expression.ArrayIndex(p, System.Linq.Expressions.Expression.Constant(0)), typeof(DataObject)), valuesField),
            System.Linq.Expressions.Expression.Constant(2)), typeof(long));
        var body = System.Linq.Expressions.Expression.GreaterThan(read, System.Linq.Expressions.Expression.Constant(2L));
        var compiled = System.Linq.Expressions.Expression.Lambda<Func<object?[], bool>>(body, p).Compile();
        Func<object?[], bool> handwritten = f => (long)((DataObject)f[0]!).GetAt(2)! > 2;
        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            var n = 0;
            for (var i = 0; i < 10_000_000; i++) if (compiled(frame)) n++;
            var a = sw.Elapsed.TotalMilliseconds * 1e6 / 1e7;
            sw.Restart();
            for (var i = 0; i < 10_000_000; i++) if (handwritten(frame)) n++;
            var b = sw.Elapsed.TotalMilliseconds * 1e6 / 1e7;
            Console.WriteLine($"expression={a:0.0} ns handwritten={b:0.0} ns ({n})");
        }
    }

    private static string predicateTarget(Delegate d) => d.Method.ToString() + " target=" + d.Target?.GetType().FullName;

    private static CompiledWorkflow GetCompiled(RuleEngine engine)
    {
        var field = typeof(RuleEngine).GetField("_workflows", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var dict = (System.Collections.IDictionary)field.GetValue(engine)!;
        var registration = dict["Discount"]!;
        var last = registration.GetType().GetProperty("Last")!.GetValue(registration)!;
        return (CompiledWorkflow)last.GetType().GetField("Item2")!.GetValue(last)!;
    }
}

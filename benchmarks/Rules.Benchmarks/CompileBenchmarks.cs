using BenchmarkDotNet.Attributes;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Benchmarks;

/// <summary>Compile time of a 1,000-rule workflow: load + validate + compile all rules + first execution.</summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _json = null!;
    private RuleParameter[] _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = InputGenerator.ThousandRuleWorkflow(1000);
        var line = InputGenerator.DiscountLines(1).Single();
        _inputs = ((object?[])DataValues.FromJson(line)!).Select((d, i) => new RuleParameter($"input{i + 1}", d)).ToArray();
    }

    [Benchmark]
    public int CompileThousandRules()
    {
        var engine = new RuleEngine();
        var registration = engine.AddOrUpdateFromJson(_json);
        if (!registration.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", registration.Diagnostics.Take(5)));
        }
        return engine.ExecuteAllRules("groot", _inputs).Count;
    }
}

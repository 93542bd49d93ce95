using BenchmarkDotNet.Attributes;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Benchmarks;

/// <summary>
/// Compile time of a 1,000-rule workflow: load + validate + compile all rules + first execution, ours and RulesEngine 6.0.1
/// (which checks the structure, compiles every rule on the first execution, and has no cache across engines).
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _json = null!;
    private RuleParameter[] _inputs = null!;
    private object?[] _upstreamInputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = InputGenerator.ThousandRuleWorkflow(1000);
        var line = InputGenerator.DiscountLines(1).Single();
        _inputs = ((object?[])DataValues.FromJson(line)!).Select((d, i) => new RuleParameter($"input{i + 1}", d)).ToArray();
        _upstreamInputs = ((List<object?>)UpstreamInputs.FromJson(line)!).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int RulesEngineCompileThousandRules()
    {
        var workflow = System.Text.Json.JsonSerializer.Deserialize<global::RulesEngine.Models.Workflow>(_json)!;
        var engine = new global::RulesEngine.RulesEngine([workflow], new global::RulesEngine.Models.ReSettings());
        return engine.ExecuteAllRulesAsync("groot", _upstreamInputs).AsTask().GetAwaiter().GetResult().Count;
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

using BenchmarkDotNet.Attributes;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Benchmarks;

/// <summary>Counting 100,000 voters × 60 projects (the election is built once, outside the measurement).</summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class EqualSharesBenchmarks
{
    private Election _election = null!;

    [GlobalSetup]
    public void Setup() => _election = ElectionGenerator.Create();

    [Benchmark(Description = "MES cost + Add1")]
    public Outcome EqualSharesAdd1() => Counter.Count(_election, new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost, Completion.Add1));

    [Benchmark(Description = "MES cost, no completion")]
    public Outcome EqualShares() => Counter.Count(_election, new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost));

    [Benchmark(Description = "MES cardinality + Add1")]
    public Outcome EqualSharesCardinalityAdd1() => Counter.Count(_election, new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cardinality, Completion.Add1));

    [Benchmark(Description = "Greedy")]
    public Outcome Greedy() => Counter.Count(_election, CountingOptions.Greedy);
}

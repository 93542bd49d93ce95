using System.Diagnostics;
using BenchmarkDotNet.Running;
using Participatie.Buurtbudget.Benchmarks;
using Participatie.Buurtbudget.Counting;

// dotnet run -c Release --project benchmarks/Buurtbudget.Benchmarks -- once      (one timed count of each rule, with details)
// dotnet run -c Release --project benchmarks/Buurtbudget.Benchmarks -- --filter '*'
if (args.Length > 0 && args[0] == "once")
{
    var watch = Stopwatch.StartNew();
    var election = ElectionGenerator.Create();
    Console.WriteLine($"election: {election.Voters.Count} voters, {election.Projects.Count} projects, " +
        $"{election.Voters.Sum(v => v.Projects.Count)} approvals, budget {election.Budget}, total cost {election.Projects.Sum(p => p.Cost)} " +
        $"(generated in {watch.ElapsedMilliseconds} ms)");
    foreach (var options in new[]
    {
        CountingOptions.Greedy,
        new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost),
        new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost, Completion.Add1),
        new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cardinality, Completion.Add1),
    })
    {
        for (var round = 0; round < 3; round++)
        {
            watch.Restart();
            var outcome = Counter.Count(election, options);
            watch.Stop();
            Console.WriteLine($"{options.Method} {options.Utility} {options.Completion}: {watch.Elapsed.TotalMilliseconds:F1} ms; " +
                $"{outcome.Selected.Count} projects, spent {outcome.Spent}; endowment {outcome.Endowment}, Add1 steps {outcome.Add1Steps}, exact recounts {outcome.ExactRecounts}");
        }
    }
    // The fast floating-point count against exact rational arithmetic, at Add1's final endowment.
    var input = new CountingInput(election);
    foreach (var (utility, endowment) in new[] { (UtilityKind.Cost, 60m), (UtilityKind.Cardinality, 69m) })
    {
        watch.Restart();
        var exact = new EqualSharesRun<Participatie.Buurtbudget.Arithmetic.Rational>(input, utility).Run(endowment, 1, explain: false)!;
        var fast = new EqualSharesRun<Participatie.Buurtbudget.Arithmetic.Approx>(input, utility).Run(endowment, 1, explain: false);
        Console.WriteLine($"exact check {utility} at {endowment}: {(fast is not null && fast.Winners.SequenceEqual(exact.Winners) ? "same winners" : "DIFFERENT")} (exact run {watch.ElapsedMilliseconds} ms)");
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(ElectionGenerator).Assembly).Run(args);
return 0;

using BenchmarkDotNet.Running;
using Participatie.Rules.Benchmarks;
using Participatie.Rules.Tooling;

// dotnet run -c Release --project benchmarks/Rules.Benchmarks -- generate
// dotnet run -c Release --project benchmarks/Rules.Benchmarks -- rules bench FILE --workflow NAME --inputs FILE.jsonl --repeat K
// dotnet run -c Release --project benchmarks/Rules.Benchmarks -- --filter '*'
if (args.Length > 0 && args[0] == "generate")
{
    var directory = args.Length > 1 ? args[1] : Paths.Generated;
    InputGenerator.WriteAll(directory);
    Console.WriteLine($"inputs written to {directory}");
    return 0;
}
if (args.Length > 0 && args[0] == "rules")
{
    return RulesTool.Execute(args[1..], Console.Out, Console.Error);
}
BenchmarkSwitcher.FromAssembly(typeof(Paths).Assembly).Run(args);
return 0;

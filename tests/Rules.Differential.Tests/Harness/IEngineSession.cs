namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>One engine with a scenario's workflows registered, run on input sets one after another (compiled once).</summary>
public interface IEngineSession
{
    RunOutcome Run(IReadOnlyList<DifferentialInput> inputs);
}

namespace Participatie.Workflows.Tooling;

/// <summary>Placeholder replaced below.</summary>
internal static class WorkflowBench
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) => Task.FromResult(0);
}

using Participatie.Workflows.Activities;

namespace Participatie.Workflows.Tests.Runtime;

/// <summary>A buggy domain activity: it returns without completing, blocking or scheduling anything.</summary>
[Activity("Participatie", "Tests")]
public sealed class DoNothing : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context) => ValueTask.CompletedTask;
}

using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Faults the workflow with a message (an incident is recorded).</summary>
[Activity("Elsa", "Primitives", "Fault the workflow.")]
[Ports]
public sealed class Fault : Activity
{
    [Input] public Input<string> Code { get; set; } = new();
    [Input] public Input<string> Category { get; set; } = new();
    [Input] public Input<string> Message { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var message = await context.GetAsync(Message);
        throw new WorkflowFaultException(string.IsNullOrEmpty(message) ? "Fault" : message, await context.GetAsync(Code), await context.GetAsync(Category));
    }
}

namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>Continues on True or False.</summary>
[Activity("Elsa", "Branching", "Branch on a condition.")]
[Ports("True", "False")]
public sealed class FlowDecision : Activity
{
    [Input(Description = "The condition.")]
    public Input<bool> Condition { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        context.Complete(await context.GetAsync(Condition) ? "True" : "False");
}

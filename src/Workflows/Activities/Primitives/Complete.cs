using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Completes the current workflow (or the workflow used as activity) with outcomes; does not cascade further up.</summary>
[Activity("Elsa", "Primitives", "Complete the current workflow with outcomes.")]
[Ports]
public sealed class Complete : Activity
{
    [Input(Description = "One outcome or a list of outcomes.")]
    public Input<object> Outcomes { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var value = await context.EvaluateAsync(Outcomes);
        var outcomes = value is null ? ["Done"] : ValueConverter.Convert<List<string>>(value) ?? ["Done"];
        await context.CompleteWorkflowAsync(outcomes.Count == 0 ? ["Done"] : outcomes);
    }
}

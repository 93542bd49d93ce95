namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Sets the name of the workflow instance.</summary>
[Activity("Elsa", "Primitives", "Set the name of the workflow instance.")]
public sealed class SetName : Activity
{
    [Input(Description = "The instance name.")]
    public Input<string> Value { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Instance.Name = await context.GetAsync(Value);
        context.Complete();
    }
}

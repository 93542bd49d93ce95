namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Writes a line of text to the workflow output.</summary>
[Activity("Elsa", "Primitives", "Write a line of text to the output.")]
public sealed class WriteLine : Activity
{
    [Input(Description = "The text to write.")]
    public Input<string> Text { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.WriteLine(await context.GetAsync(Text) ?? "");
        context.Complete();
    }
}

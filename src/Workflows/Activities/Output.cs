namespace Participatie.Workflows.Activities;

/// <summary>An activity output: where the value goes (a variable id or name, or a workflow output name).</summary>
public sealed class Output<T> : IOutput
{
    public string? MemoryReference { get; set; }
    public Type ValueType => typeof(T);
}

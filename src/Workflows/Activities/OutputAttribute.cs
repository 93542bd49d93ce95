namespace Participatie.Workflows.Activities;

/// <summary>Marks an <see cref="Output{T}"/> property for the descriptor (designer).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public string? Description { get; init; }
}

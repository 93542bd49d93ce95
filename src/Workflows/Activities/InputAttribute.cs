namespace Participatie.Workflows.Activities;

/// <summary>Marks an <see cref="Input{T}"/> property for the descriptor (designer).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public string? Description { get; init; }
    public string? DisplayName { get; init; }
    public string? UIHint { get; init; }
}

namespace Participatie.Workflows.Activities;

/// <summary>Untyped view of <see cref="Output{T}"/>.</summary>
public interface IOutput
{
    string? MemoryReference { get; set; }
    Type ValueType { get; }
}

using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Activities;

/// <summary>Untyped view of <see cref="Input{T}"/>.</summary>
public interface IInput
{
    Expression Expression { get; set; }
    string? TypeName { get; set; }
    Type ValueType { get; }
}

namespace Participatie.Workflows.Runtime;

/// <summary>Thrown by the Fault activity (and usable by domain activities) to fault with a code and category.</summary>
public sealed class WorkflowFaultException(string message, string? code = null, string? category = null) : Exception(message)
{
    public string? Code { get; } = code;
    public string? Category { get; } = category;
}

using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Runtime;

/// <summary>A definition could not be compiled; the errors say where.</summary>
public sealed class WorkflowDefinitionInvalidException(string definitionId, IReadOnlyList<ValidationError> errors)
    : Exception($"Workflow definition '{definitionId}' is invalid: {string.Join("; ", errors)}")
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}

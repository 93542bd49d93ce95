using Participatie.Workflows.Model;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Definitions;

/// <summary>Result of import, save and publish: the definition version (when stored) and located errors.</summary>
public sealed record DefinitionResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Definition is not null && Errors.Count == 0;
}

using Participatie.Workflows.Model;

namespace Participatie.Workflows.Persistence;

/// <summary>
/// Stores definition versions. The Host implements it with EF Core (store <see cref="Serialization.WorkflowJson.Write"/>
/// as text plus the id/version/flags as columns). Implementations return copies: callers may change what they get.
/// </summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>Inserts or replaces the version with the same <see cref="WorkflowDefinition.Id"/>.</summary>
    Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindByVersionIdAsync(string versionId, CancellationToken cancellationToken = default);

    /// <summary>All versions of one definition, oldest first.</summary>
    Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>The latest version of every definition.</summary>
    Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default);

    Task DeleteAsync(string definitionId, CancellationToken cancellationToken = default);
}

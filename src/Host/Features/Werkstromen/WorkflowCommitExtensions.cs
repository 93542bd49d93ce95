using Participatie.Host.Data;
using Participatie.Workflows.Persistence;

namespace Participatie.Host.Features.Werkstromen;

public static class WorkflowCommitExtensions
{
    /// <summary>The database context of the step's transaction: write through it, do not save or open another.</summary>
    public static ParticipatieDbContext Db(this IWorkflowCommit commit) => commit.Resource<ParticipatieDbContext>();
}

using Participatie.Workflows.Runtime;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Tooling;

/// <summary>What <c>workflows run</c> produced: WriteLine lines in order, the final instance, load errors.</summary>
public sealed record RunReport(IReadOnlyList<string> Lines, WorkflowInstance? Instance, IReadOnlyList<ValidationError> Errors);

namespace Participatie.Workflows.Runtime;

/// <summary>No instance, bookmark or definition with the given id.</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);

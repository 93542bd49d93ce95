namespace Participatie.Workflows.Runtime;

/// <summary>Internal fault whose message is used verbatim.</summary>
internal sealed class TargetedFaultException(string message) : Exception(message);

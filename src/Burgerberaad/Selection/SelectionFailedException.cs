namespace Participatie.Burgerberaad.Selection;

/// <summary>A solver did not finish as it must (numerical trouble); reported as diagnostic BB0301, never for bad input.</summary>
internal sealed class SelectionFailedException(string message) : Exception(message);

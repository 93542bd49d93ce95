namespace Participatie.Host.Features.Gebieden;

/// <summary>A file that cannot be imported at all, with the place where it goes wrong.</summary>
public sealed class CbsImportException(string message) : Exception(message);

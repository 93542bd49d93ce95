namespace Participatie.Host.Tests.Infrastructure;

/// <summary>A host with its own settings, or over another host's data folder (to test a restart). Not a class fixture.</summary>
public sealed class CustomFactory(string environment, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null, TimeProvider? clock = null)
    : ParticipatieFactory(environment, settings, dataDirectory, clock);

namespace Participatie.Workflows.Registry;

/// <summary>An output of an activity type.</summary>
public sealed record OutputDescriptor(string Name, string TypeName, Type ClrType, string? Description);

namespace Participatie.Workflows.Registry;

/// <summary>An input of an activity type: JSON name (camelCase), CLR type, designer text.</summary>
public sealed record InputDescriptor(string Name, string TypeName, Type ClrType, string? Description, string? DisplayName = null, string? UIHint = null);

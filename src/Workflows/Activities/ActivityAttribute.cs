namespace Participatie.Workflows.Activities;

/// <summary>Describes an activity class for the registry and the designer palette. The type name is <c>Namespace.ClassName</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ActivityAttribute(string @namespace, string category, string? description = null) : Attribute
{
    public string Namespace { get; } = @namespace;
    public string Category { get; } = category;
    public string? Description { get; } = description;
    /// <summary>Overrides the type name (default <c>Namespace.ClassName</c>).</summary>
    public string? TypeName { get; init; }
    public string? DisplayName { get; init; }
}

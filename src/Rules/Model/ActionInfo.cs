namespace Participatie.Rules.Model;

/// <summary>An action to run after a rule: <c>OutputExpression</c>, <c>EvaluateRule</c> or a custom action.</summary>
public sealed record ActionInfo
{
    public string Name { get; init; } = string.Empty;

    /// <summary>Action settings (case-insensitive keys); values are strings, numbers, booleans, lists and nested dictionaries.</summary>
    public IReadOnlyDictionary<string, object?> Context { get; init; } = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

    public SourcePosition? Position { get; init; }
}

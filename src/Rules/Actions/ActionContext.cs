using Participatie.Rules.Engine;

namespace Participatie.Rules.Actions;

/// <summary>What a custom action gets: the action's Context values from the JSON and the result of the rule it belongs to.</summary>
public sealed class ActionContext
{
    internal ActionContext(IReadOnlyDictionary<string, object?> values, RuleResultTree result)
    {
        Values = values;
        Result = result;
    }

    public IReadOnlyDictionary<string, object?> Values { get; }

    public RuleResultTree Result { get; }

    public string? GetString(string key) => Values.TryGetValue(key, out var value) ? value?.ToString() : null;
}

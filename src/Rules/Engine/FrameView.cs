using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Participatie.Rules.Engine;

/// <summary>A read-only, case-insensitive view of the inputs and parameters a rule saw (no copying).</summary>
internal sealed class FrameView(string[] names, int[] slots, object?[] frame) : IReadOnlyDictionary<string, object?>
{
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => names;

    public IEnumerable<object?> Values => slots.Select(s => frame[s]);

    public int Count => names.Length;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? frame[slots[index]] : null;
        return index >= 0;
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(names[i], frame[slots[i]]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

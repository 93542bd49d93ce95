using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Participatie.Rules.Data;

/// <summary>
/// An immutable, case-insensitive record of named values: how the engine sees JSON objects,
/// ExpandoObjects and dictionaries (numbers as <see cref="long"/> or <see cref="double"/>, nested
/// objects as <see cref="DataObject"/>, arrays as typed arrays). Create with <see cref="DataValues.FromDictionary"/>
/// or <see cref="DataValues.FromJson(System.Text.Json.JsonElement)"/>.
/// </summary>
public sealed class DataObject : IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _values;

    /// <summary>
    /// Numbers and booleans also stored unboxed (long, double bits, 0/1), so compiled rules read
    /// them without following a pointer to a box: this roughly halves the cost of a member read.
    /// </summary>
    private readonly long[] _bits;

    internal DataObject(DataShape shape, object?[] values)
    {
        Shape = shape;
        _values = values;
        _bits = new long[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            _bits[i] = values[i] switch
            {
                long l => l,
                double d => BitConverter.DoubleToInt64Bits(d),
                bool b => b ? 1 : 0,
                int n => n,
                _ => 0,
            };
        }
    }

    public DataShape Shape { get; }

    public int Count => _values.Length;

    public IEnumerable<string> Keys => Shape.Keys;

    public IEnumerable<object?> Values => _values;

    /// <summary>Case-insensitive lookup; throws <see cref="KeyNotFoundException"/> for unknown keys.</summary>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"Het veld '{key}' bestaat niet.");

    public bool ContainsKey(string key) => Shape.IndexOf(key, ignoreCase: true) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => TryGetValue(key, ignoreCase: true, out value);

    public bool TryGetValue(string key, bool ignoreCase, out object? value)
    {
        var index = Shape.IndexOf(key, ignoreCase);
        if (index < 0)
        {
            value = null;
            return false;
        }
        value = _values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(Shape.Keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => DataValues.ToJson(this);
}

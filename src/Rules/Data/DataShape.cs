using System.Collections.Concurrent;
using System.Text;

namespace Participatie.Rules.Data;

/// <summary>
/// The member names and value kinds of a <see cref="DataObject"/>. Shapes are interned, so two
/// objects with the same keys and kinds share one instance and compiled rules can read members by
/// position after a reference check.
/// </summary>
public sealed class DataShape
{
    private static readonly ConcurrentDictionary<string, DataShape> Interned = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, int> TypeIds = new();
    private static int _nextTypeId;

    private readonly Dictionary<string, int> _exact;
    private readonly Dictionary<string, int> _ignoreCase;

    private DataShape(string key, string[] keys, DataValueKind[] kinds, object?[] details)
    {
        Key = key;
        Keys = keys;
        Kinds = kinds;
        Details = details;
        _exact = new Dictionary<string, int>(StringComparer.Ordinal);
        _ignoreCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < keys.Length; i++)
        {
            _exact[keys[i]] = i;
            _ignoreCase[keys[i]] = i;
        }
    }

    public static DataShape Empty { get; } = Create([], [], []);

    /// <summary>Member names in order.</summary>
    public IReadOnlyList<string> Keys { get; }

    internal string Key { get; }

    internal DataValueKind[] Kinds { get; }

    /// <summary>Per member: the nested <see cref="DataShape"/> (Record, RecordArray) or the CLR <see cref="Type"/> (Clr).</summary>
    internal object?[] Details { get; }

    public int Count => Keys.Count;

    /// <summary>The compiler's type for records of this shape (cached here to avoid a lookup per execution).</summary>
    internal object? TypeSymbolCache;

    public int IndexOf(string name, bool ignoreCase)
    {
        if (_exact.TryGetValue(name, out var index))
        {
            return index;
        }
        return ignoreCase && _ignoreCase.TryGetValue(name, out index) ? index : -1;
    }

    internal static DataShape Create(string[] keys, DataValueKind[] kinds, object?[] details)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            sb.Append(keys[i].Length).Append(':').Append(keys[i]).Append('=');
            switch (kinds[i])
            {
                case DataValueKind.Null:
                    sb.Append('N');
                    break;
                case DataValueKind.Record:
                    sb.Append("R(").Append(((DataShape)details[i]!).Key).Append(')');
                    break;
                case DataValueKind.RecordArray:
                    sb.Append("A(").Append(((DataShape?)details[i])?.Key ?? "?").Append(')');
                    break;
                default:
                    sb.Append('C').Append(TypeIds.GetOrAdd((Type)details[i]!, _ => Interlocked.Increment(ref _nextTypeId)));
                    break;
            }
            sb.Append(';');
        }
        var key = sb.ToString();
        return Interned.GetOrAdd(key, k => new DataShape(k, keys, kinds, details));
    }

    public override string ToString() => "{" + string.Join(", ", Keys) + "}";
}

using System.Globalization;

namespace Participatie.Rules.Emit;

/// <summary>Orders and compares values of unknown type the way the late-bound operators do (3 == 3.0, "a" &lt; "b").</summary>
internal sealed class LateComparer : IComparer<object?>, IEqualityComparer<object?>
{
    public static LateComparer Instance { get; } = new();

    public int Compare(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        return LateBinder.Compare(x, y);
    }

    public new bool Equals(object? x, object? y) => LateBinder.Equal(x, y);

    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        _ when RuntimeConvert.IsNumeric(obj.GetType()) => Convert.ToDouble(obj, CultureInfo.InvariantCulture).GetHashCode(),
        _ => obj.GetHashCode(),
    };
}

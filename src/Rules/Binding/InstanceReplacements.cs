using System.Globalization;

namespace Participatie.Rules.Binding;

/// <summary>
/// Culture-independent versions of instance methods. A rule gives the same answer on a Dutch and an
/// English server: <c>ToUpper</c> is invariant, <c>StartsWith</c>/<c>IndexOf</c> compare ordinally,
/// <c>ToString</c> of numbers and dates uses the invariant culture.
/// The first parameter is the receiver.
/// </summary>
internal static class InstanceReplacements
{
    public static string ToUpper(string self) => self.ToUpperInvariant();

    public static string ToLower(string self) => self.ToLowerInvariant();

    public static bool StartsWith(string self, string value) => self.StartsWith(value, StringComparison.Ordinal);

    public static bool StartsWith(string self, string value, StringComparison comparison) => self.StartsWith(value, comparison);

    public static bool EndsWith(string self, string value) => self.EndsWith(value, StringComparison.Ordinal);

    public static bool EndsWith(string self, string value, StringComparison comparison) => self.EndsWith(value, comparison);

    public static int IndexOf(string self, string value) => self.IndexOf(value, StringComparison.Ordinal);

    public static int IndexOf(string self, string value, StringComparison comparison) => self.IndexOf(value, comparison);

    public static int CompareTo(string self, string? value) => string.CompareOrdinal(self, value);

    public static string ToString(IFormattable self) => self.ToString(null, CultureInfo.InvariantCulture);

    public static string ToString(IFormattable self, string format) => self.ToString(format, CultureInfo.InvariantCulture);
}

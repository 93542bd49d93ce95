using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Participatie.Host.Data.EntityConfigurations;

/// <summary>
/// Stores a short list of codes as a JSON array in one text column: portable across SQLite and
/// PostgreSQL, and the lists (roles, outcome choices, factor codes) are only ever read whole.
/// </summary>
internal static class StringListConversion
{
    public static readonly ValueConverter<List<string>, string> Converter = new(
        list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>());

    public static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        list => list.Aggregate(17, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
        list => list.ToList());
}

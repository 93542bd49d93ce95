using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Participatie.Host.Data.EntityConfigurations;

/// <summary>A short list of whole numbers (a ballot's points) stored as a JSON array in one text column.</summary>
internal static class IntListConversion
{
    public static readonly ValueConverter<List<int>?, string> Converter = new(
        list => JsonSerializer.Serialize(list ?? new List<int>(), (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<List<int>>(json, (JsonSerializerOptions?)null) ?? new List<int>());

    public static readonly ValueComparer<List<int>?> Comparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        list => list == null ? 0 : list.Aggregate(17, (hash, item) => HashCode.Combine(hash, item)),
        list => list == null ? null : list.ToList());
}

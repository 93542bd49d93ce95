using System.Security.Cryptography;

namespace Participatie.Host.Analyse;

/// <summary>One rule file a report was made from: its name, the first 12 hex digits of its SHA-256 and when it was last written.</summary>
public sealed record RegelsetVersie(string Bestand, string Sha256Kort, DateTime LaatstGewijzigdUtc)
{
    /// <summary>The JSON rule files in <paramref name="directory"/> (normally <c>RegelsetCatalog.Directory</c>), by name.</summary>
    public static IReadOnlyList<RegelsetVersie> Lees(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.GetFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                using var stream = File.OpenRead(file);
                var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
                return new RegelsetVersie(Path.GetFileName(file), hash[..12], File.GetLastWriteTimeUtc(file));
            })
            .ToList();
    }
}

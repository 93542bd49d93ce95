using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Participatie.Burgerberaad.Lottery;

/// <summary>
/// The random numbers of a draw, defined so that anyone can recompute them from the announced seed without this
/// code: block j (j = 0, 1, 2, …) is SHA-256 of the UTF-8 text <c>participatie-burgerberaad/{seed}/{j}</c> (seed and
/// j in decimal); its first 8 bytes, big-endian, are the unsigned 64-bit number x_j. A uniform number in [0, 1) is
/// ⌊x_j / 2^11⌋ / 2^53; a whole number below n is x_j mod n, skipping any x_j ≥ 2^64 − (2^64 mod n) (no bias).
/// </summary>
public sealed class SeededStream
{
    private long _block;

    public SeededStream(long seed) => Seed = seed;

    public long Seed { get; }

    /// <summary>Blocks used so far.</summary>
    public long Position => _block;

    public ulong NextUInt64()
    {
        var text = $"participatie-burgerberaad/{Seed.ToString(CultureInfo.InvariantCulture)}/{_block.ToString(CultureInfo.InvariantCulture)}";
        _block++;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    public double NextUniform() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform whole number in [0, <paramref name="n"/>).</summary>
    public int NextInt(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var un = (ulong)n;
        var limit = ulong.MaxValue - (((ulong.MaxValue % un) + 1) % un);
        while (true)
        {
            var x = NextUInt64();
            if (x <= limit)
            {
                return (int)(x % un);
            }
        }
    }
}

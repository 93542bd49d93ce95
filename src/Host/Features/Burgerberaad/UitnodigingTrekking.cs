using Participatie.Burgerberaad.Lottery;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// Which addresses get a letter: a simple random sample drawn with a recorded seed from the engine's documented
/// random stream (<see cref="SeededStream"/>), so the sample can be checked. The addresses are ordered by postcode,
/// house number and addition (ordinal), then a partial Fisher–Yates shuffle picks the first N. The registration codes
/// themselves are NOT derived from the seed (the seed is not secret): they come from the secure random generator.
/// </summary>
public static class UitnodigingTrekking
{
    public static IReadOnlyList<BurgerberaadAdres> Trek(IEnumerable<BurgerberaadAdres> adressen, int aantal, long seed)
    {
        var lijst = adressen
            .OrderBy(a => a.Postcode, StringComparer.Ordinal)
            .ThenBy(a => a.Huisnummer)
            .ThenBy(a => a.Toevoeging ?? "", StringComparer.Ordinal)
            .ToList();
        var stream = new SeededStream(seed);
        var n = Math.Min(aantal, lijst.Count);
        for (var i = 0; i < n; i++)
        {
            var j = i + stream.NextInt(lijst.Count - i);
            (lijst[i], lijst[j]) = (lijst[j], lijst[i]);
        }

        return lijst.Take(n).ToList();
    }
}

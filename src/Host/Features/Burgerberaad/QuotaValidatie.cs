namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// Checks quotas before they are stored, with errors located by line (<c>quota[2]</c>) or feature
/// (<c>kenmerk:leeftijd</c>): every value 0 ≤ min ≤ max, and per feature the minimums together at most the panel
/// size and the maximums together at least it — otherwise no panel can exist, whoever volunteers.
/// </summary>
public static class QuotaValidatie
{
    public static Dictionary<string, string[]> Controleer(int omvang, IReadOnlyList<QuotumInvoer>? quota)
    {
        var fouten = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fout(string sleutel, string tekst)
        {
            if (!fouten.TryGetValue(sleutel, out var lijst))
            {
                fouten[sleutel] = lijst = [];
            }

            lijst.Add(tekst);
        }

        if (quota is null || quota.Count == 0)
        {
            Fout("quota", "Geef minstens één kenmerk met waarden en quota.");
            return Klaar(fouten);
        }

        var gezien = new HashSet<(string, string)>();
        for (var i = 0; i < quota.Count; i++)
        {
            var q = quota[i];
            var sleutel = $"quota[{i}]";
            var naam = $"Regel {i + 1} ({q.Kenmerk}={q.Waarde})";
            if (string.IsNullOrWhiteSpace(q.Kenmerk) || string.IsNullOrWhiteSpace(q.Waarde))
            {
                Fout(sleutel, $"Regel {i + 1}: vul het kenmerk en de waarde in.");
                continue;
            }

            if (string.Equals(q.Kenmerk.Trim(), "id", StringComparison.OrdinalIgnoreCase))
            {
                Fout(sleutel, $"Regel {i + 1}: 'id' kan geen kenmerk heten (het is de kolom met het pseudoniem).");
            }

            if (q.Kenmerk.Trim().Length > 100 || q.Waarde.Trim().Length > 100)
            {
                Fout(sleutel, $"{naam}: kenmerk en waarde zijn hoogstens 100 tekens.");
            }

            if (q.Min < 0 || q.Max < 0)
            {
                Fout(sleutel, $"{naam}: min en max zijn 0 of meer.");
            }

            if (q.Min > q.Max)
            {
                Fout(sleutel, $"{naam}: min {q.Min} is groter dan max {q.Max}.");
            }

            if (!gezien.Add((q.Kenmerk.Trim(), q.Waarde.Trim())))
            {
                Fout(sleutel, $"{naam} staat er twee keer in.");
            }
        }

        foreach (var kenmerk in quota.Where(q => !string.IsNullOrWhiteSpace(q.Kenmerk) && !string.IsNullOrWhiteSpace(q.Waarde))
                     .GroupBy(q => q.Kenmerk!.Trim(), StringComparer.Ordinal))
        {
            var minima = kenmerk.Sum(q => Math.Max(0, q.Min));
            var maxima = kenmerk.Sum(q => Math.Max(0, q.Max));
            if (minima > omvang)
            {
                Fout($"kenmerk:{kenmerk.Key}", $"Kenmerk '{kenmerk.Key}': de minima tellen op tot {minima}, meer dan de omvang {omvang}.");
            }

            if (maxima < omvang)
            {
                Fout($"kenmerk:{kenmerk.Key}", $"Kenmerk '{kenmerk.Key}': de maxima tellen op tot {maxima}, minder dan de omvang {omvang}.");
            }
        }

        return Klaar(fouten);
    }

    private static Dictionary<string, string[]> Klaar(Dictionary<string, List<string>> fouten) =>
        fouten.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
}

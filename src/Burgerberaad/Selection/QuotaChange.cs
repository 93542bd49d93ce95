using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Selection;

/// <summary>A quota of the nearest feasible relaxation: <see cref="Quota"/> as given, <see cref="Min"/>–<see cref="Max"/> as relaxed.</summary>
public sealed record QuotaChange(Quota Quota, int Min, int Max)
{
    /// <summary>Seats the change moves: how far the minimum drops plus how far the maximum rises.</summary>
    public int Amount => Quota.Min - Min + (Max - Quota.Max);

    public override string ToString()
    {
        var parts = new List<string>();
        if (Min != Quota.Min)
        {
            parts.Add($"min {Quota.Min} → {Min}");
        }
        if (Max != Quota.Max)
        {
            parts.Add($"max {Quota.Max} → {Max}");
        }
        return $"{Quota.Name}: {string.Join(", ", parts)}";
    }
}

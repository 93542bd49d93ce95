using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Selection;

/// <summary>One side of a quota: its minimum (<see cref="IsMin"/>) or its maximum, with the volunteers available for its value.</summary>
public sealed record QuotaBound(Quota Quota, bool IsMin, int Available)
{
    public int Bound => IsMin ? Quota.Min : Quota.Max;

    public override string ToString() => $"{Quota.Name} {(IsMin ? "min" : "max")} {Bound}";
}

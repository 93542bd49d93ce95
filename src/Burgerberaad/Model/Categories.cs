namespace Participatie.Burgerberaad.Model;

/// <summary>
/// The quotas of a selection, in file order. Features keep the order of their first line; each feature's
/// values are the quotas with that feature.
/// </summary>
public sealed class Categories
{
    private readonly Dictionary<(string Feature, string Value), int> _index;

    public Categories(IEnumerable<Quota> quotas)
    {
        Quotas = quotas.ToArray();
        _index = new Dictionary<(string, string), int>();
        var features = new List<string>();
        for (var i = 0; i < Quotas.Count; i++)
        {
            var quota = Quotas[i];
            if (!_index.TryAdd((quota.Feature, quota.Value), i))
            {
                throw new ArgumentException($"Quotum {quota.Name} staat er twee keer in.", nameof(quotas));
            }
            if (!features.Contains(quota.Feature, StringComparer.Ordinal))
            {
                features.Add(quota.Feature);
            }
        }
        Features = features;
    }

    public IReadOnlyList<Quota> Quotas { get; }

    public IReadOnlyList<string> Features { get; }

    /// <summary>The quotas of <paramref name="feature"/>, in file order.</summary>
    public IEnumerable<Quota> ValuesOf(string feature) => Quotas.Where(q => q.Feature == feature);

    /// <summary>The position of <c>feature=value</c> in <see cref="Quotas"/>, or -1.</summary>
    public int IndexOf(string feature, string value) => _index.TryGetValue((feature, value), out var i) ? i : -1;
}

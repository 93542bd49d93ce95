namespace Participatie.Burgerberaad.Model;

/// <summary>One line of the categories file: between <see cref="Min"/> and <see cref="Max"/> panel members have <see cref="Value"/> for <see cref="Feature"/>.</summary>
public sealed record Quota(string Feature, string Value, int Min, int Max)
{
    /// <summary><c>feature=value</c>, as messages name it.</summary>
    public string Name => $"{Feature}={Value}";
}

namespace Participatie.Workflows.Persistence;

/// <summary>A store broke a rule of its contract (see <see cref="StoreConformance"/>).</summary>
public sealed class StoreContractException(string rule) : Exception($"Store contract broken: {rule}.")
{
    public string Rule { get; } = rule;
}

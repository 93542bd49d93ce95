using System.ComponentModel.DataAnnotations;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>Settings under <c>Buurtbudget</c>.</summary>
public sealed class BuurtbudgetOptions
{
    public const string SectionName = "Buurtbudget";

    /// <summary>Ballots one client address may cast per minute (a household shares an address; a library computer too).</summary>
    [Range(1, 1_000_000)]
    public int StemmenPerMinuutPerAdres { get; set; } = 60;
}

using System.ComponentModel.DataAnnotations;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>Settings under <c>Buurtbudget</c>.</summary>
public sealed class BuurtbudgetOptions
{
    public const string SectionName = "Buurtbudget";

    /// <summary>
    /// Ballots one client address may cast per minute. High enough for a wave of residents behind one shared address
    /// (a care home, a library, a mobile carrier's NAT: 600 a minute is 10 a second); it only stops one address flooding
    /// the vote. Guessing codes is limited separately, with the chat, by <see cref="Chat.CodePogingen"/>.
    /// </summary>
    [Range(1, 1_000_000)]
    public int StemmenPerMinuutPerAdres { get; set; } = 600;
}

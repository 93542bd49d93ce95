using Microsoft.Extensions.Options;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// Brute-force protection for voting codes, separate from the per-address limit on ballots: only <em>wrong</em> codes
/// count, at most <see cref="BuurtbudgetOptions.FouteCodesPerMinuutPerAdres"/> per client address per minute; past that
/// the address gets 429 until the minute is over. A wave of residents behind one address (a care home, a library, a
/// mobile carrier's shared address) votes with valid codes and is not slowed by this; someone guessing codes is. Codes
/// carry 60 random bits, so guessing is hopeless anyway; this keeps it from even being tried at speed.
/// <para>
/// In memory, like <see cref="Accounts.LoginLockout"/>: one process, and a restart only gives back one minute of
/// attempts. Times come from the host's <see cref="TimeProvider"/>. The chat's code attempts can use the same instance
/// with the conversation's address or id as key.
/// </para>
/// </summary>
public sealed class StemcodePogingen(TimeProvider clock, IOptions<BuurtbudgetOptions> options)
{
    public static readonly TimeSpan Venster = TimeSpan.FromMinutes(1);

    /// <summary>Bound on remembered addresses, so a flood from many addresses cannot fill the memory.</summary>
    private const int MaxAdressen = 50_000;

    private readonly object gate = new();
    private readonly Dictionary<string, (DateTimeOffset Begin, int Fout)> perAdres = [];

    /// <summary>How long <paramref name="adres"/> must still wait before trying a code again; null when it may.</summary>
    public TimeSpan? Geblokkeerd(string adres)
    {
        var nu = clock.GetUtcNow();
        lock (gate)
        {
            return perAdres.TryGetValue(adres, out var teller) && nu - teller.Begin < Venster && teller.Fout >= options.Value.FouteCodesPerMinuutPerAdres
                ? teller.Begin + Venster - nu
                : null;
        }
    }

    public void Mislukt(string adres)
    {
        var nu = clock.GetUtcNow();
        lock (gate)
        {
            if (perAdres.Count >= MaxAdressen)
            {
                foreach (var oud in perAdres.Where(e => nu - e.Value.Begin >= Venster).Select(e => e.Key).ToList())
                {
                    perAdres.Remove(oud);
                }
            }

            perAdres[adres] = perAdres.TryGetValue(adres, out var teller) && nu - teller.Begin < Venster
                ? (teller.Begin, teller.Fout + 1)
                : (nu, 1);
        }
    }
}

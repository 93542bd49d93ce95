namespace Participatie.Host.Security;

/// <summary>
/// Temporary lockout after failed sign-ins, with back-off: after <see cref="FailuresPerLock"/> failures a user name is
/// locked for 1 minute, then 2, 4, 8, at most <see cref="MaxLock"/>; a successful sign-in (or a day without failures)
/// starts over. While locked even the right password is refused.
/// <para>
/// Two scopes, so that one address can never lock out someone else:
/// <list type="bullet">
/// <item>per user name and client address — the usual case: guessing from one place locks that place out of that
/// account, while the owner signing in from elsewhere is not affected;</item>
/// <item>per user name over all addresses, only once failures came from at least <see cref="AddressesForAccountLock"/>
/// different addresses (a distributed attack): then the account is locked everywhere, with the same back-off.</item>
/// </list>
/// Unknown user names are treated exactly like existing ones, so the lockout does not tell which accounts exist.
/// </para>
/// <para>
/// Kept in memory: the product is one process, and a restart (which an attacker cannot cause) only gives back a few
/// attempts. Times come from the host's <see cref="TimeProvider"/>.
/// </para>
/// </summary>
public sealed class LoginLockout(TimeProvider clock)
{
    public const int FailuresPerLock = 5;
    public const int AddressesForAccountLock = 10;
    public static readonly TimeSpan FirstLock = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxLock = TimeSpan.FromMinutes(15);

    /// <summary>After this long without a failure, the back-off starts again at one minute.</summary>
    public static readonly TimeSpan Forget = TimeSpan.FromDays(1);

    /// <summary>Bound on remembered (user name, address) pairs, so a flood of made-up names cannot fill the memory.</summary>
    private const int MaxEntries = 20_000;

    private readonly object gate = new();
    private readonly Dictionary<(string User, string Address), Counter> perAddress = [];
    private readonly Dictionary<string, AccountCounter> perAccount = [];

    /// <summary>How long <paramref name="user"/> is still locked for <paramref name="address"/>; null when it is not.</summary>
    public TimeSpan? LockedFor(string user, string address)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var until = DateTimeOffset.MinValue;
            if (perAddress.TryGetValue((user, address), out var counter))
            {
                until = counter.LockedUntil;
            }

            if (perAccount.TryGetValue(user, out var account) && account.Counter.LockedUntil > until)
            {
                until = account.Counter.LockedUntil;
            }

            return until > now ? until - now : null;
        }
    }

    public void RecordFailure(string user, string address)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (perAddress.Count >= MaxEntries)
            {
                Prune(now);
            }

            if (!perAddress.TryGetValue((user, address), out var counter))
            {
                perAddress[(user, address)] = counter = new Counter();
            }

            counter.Fail(now);

            if (!perAccount.TryGetValue(user, out var account))
            {
                perAccount[user] = account = new AccountCounter();
            }

            account.Fail(address, now);
        }
    }

    /// <summary>A correct password outside a lock: both counts start over.</summary>
    public void RecordSuccess(string user, string address)
    {
        lock (gate)
        {
            perAddress.Remove((user, address));
            perAccount.Remove(user);
        }
    }

    /// <summary>The lock that the failure count <paramref name="locks"/> (1, 2, …) earns: doubling from one minute, capped.</summary>
    public static TimeSpan LockDuration(int locks)
    {
        var minutes = FirstLock.TotalMinutes * Math.Pow(2, Math.Min(locks - 1, 16));
        return TimeSpan.FromMinutes(Math.Min(minutes, MaxLock.TotalMinutes));
    }

    private void Prune(DateTimeOffset now)
    {
        // Forget what is neither locked nor recent; if that is not enough, the oldest unlocked pairs go first.
        var stale = perAddress.Where(e => e.Value.LockedUntil <= now).OrderBy(e => e.Value.LastFailure).Take(perAddress.Count - (MaxEntries * 9 / 10)).Select(e => e.Key).ToList();
        foreach (var key in stale)
        {
            perAddress.Remove(key);
        }

        foreach (var user in perAccount.Where(e => e.Value.Counter.LockedUntil <= now && now - e.Value.Counter.LastFailure > Forget).Select(e => e.Key).ToList())
        {
            perAccount.Remove(user);
        }
    }

    private sealed class Counter
    {
        public int Failures { get; private set; }

        public int Locks { get; private set; }

        public DateTimeOffset LockedUntil { get; private set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastFailure { get; private set; } = DateTimeOffset.MinValue;

        public void Fail(DateTimeOffset now)
        {
            if (now - LastFailure > Forget)
            {
                Failures = 0;
                Locks = 0;
            }

            LastFailure = now;
            if (++Failures >= FailuresPerLock)
            {
                Failures = 0;
                Locks++;
                LockedUntil = now + LockDuration(Locks);
            }
        }
    }

    private sealed class AccountCounter
    {
        private readonly HashSet<string> addresses = [];
        private DateTimeOffset lastFailure = DateTimeOffset.MinValue;

        public Counter Counter { get; } = new();

        /// <summary>Counts only once enough different addresses failed: one address alone never locks the account for others.</summary>
        public void Fail(string address, DateTimeOffset now)
        {
            if (now - lastFailure > Forget)
            {
                addresses.Clear();
            }

            lastFailure = now;
            if (addresses.Count < AddressesForAccountLock)
            {
                addresses.Add(address);
            }

            if (addresses.Count >= AddressesForAccountLock)
            {
                Counter.Fail(now);
            }
        }
    }
}

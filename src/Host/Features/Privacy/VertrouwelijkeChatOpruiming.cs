using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participatie.Host.Background;
using Participatie.Host.Data;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// Removes the content of confidential chat activities (votes, letters' codes) once their client has had time to fetch
/// them (<see cref="PrivacyOptions.BewaartijdVertrouwelijkeChat"/>). Every minute; one node at a time (<see cref="SweepLock"/>),
/// and a row is only redacted once, so two rounds never conflict. Staff never see the content even before this ran:
/// <see cref="ChatTranscripten"/> redacts when it reads.
/// </summary>
public sealed class VertrouwelijkeChatOpruiming(
    IDbContextFactory<ParticipatieDbContext> contexts,
    INodeLocks locks,
    IOptionsMonitor<PrivacyOptions> options,
    TimeProvider clock,
    ILogger<VertrouwelijkeChatOpruiming> logger)
    : PeriodicWork(clock, logger)
{
    public const string SweepLock = "vertrouwelijke-chat";

    private const int Batch = 500;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    /// <summary>One round; returns how many activities were redacted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var sweep = await locks.TryAcquireAsync(SweepLock, ct);
        if (sweep is null)
        {
            return 0;
        }

        var nu = Clock.GetUtcNow().UtcDateTime;
        var grens = nu - options.CurrentValue.BewaartijdVertrouwelijkeChat;
        var totaal = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rijen = await db.ChatActivities
                .Where(a => a.Vertrouwelijk && a.GeredigeerdOp == null && a.Tijdstip <= grens)
                .OrderBy(a => a.Id)
                .Take(Batch)
                .ToListAsync(ct);
            foreach (var rij in rijen)
            {
                rij.Json = VertrouwelijkeActiviteit.Redigeer(rij.Json);
                rij.GeredigeerdOp = nu;
            }

            await db.SaveChangesAsync(ct);
            totaal += rijen.Count;
            if (rijen.Count < Batch)
            {
                return totaal;
            }
        }
    }

    protected override Task<int> RoundAsync(CancellationToken ct) => RunOnceAsync(ct);
}

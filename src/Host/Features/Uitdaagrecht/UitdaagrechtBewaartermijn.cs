using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participatie.Host.Background;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Privacy;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// Erases the contact data of uitdaagrecht requests that ended (not admissible, rejected, ended, withdrawn) longer
/// than the retention period ago (<c>Participatie:Privacy:BewaartermijnContactgegevens</c>), once a day and at start.
/// The request itself stays for the record, without name, e-mail, phone or conversation; the conversation's transcript
/// and bot state are deleted, and each erasure is an entry in <c>PersoonsgegevensInzages</c>. One node at a time.
/// </summary>
public sealed class UitdaagrechtBewaartermijn(IDbContextFactory<ParticipatieDbContext> contexts, IOptions<PrivacyOptions> options, INodeLocks locks,
    TimeProvider clock, ILogger<UitdaagrechtBewaartermijn> logger) : PeriodicWork(clock, logger)
{
    public const string SweepLock = "uitdaagrecht-bewaartermijn";

    public const string Gewist = "[gewist]";

    private static readonly UitdaagrechtStatus[] Afgelopen =
        [UitdaagrechtStatus.NietOntvankelijk, UitdaagrechtStatus.Afgewezen, UitdaagrechtStatus.Beeindigd, UitdaagrechtStatus.Ingetrokken];

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    /// <summary>Erases what is due; returns how many requests were erased (0 when another node is busy).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var sweep = await locks.TryAcquireAsync(SweepLock, ct);
        if (sweep is null)
        {
            return 0;
        }

        var grens = Clock.GetUtcNow().UtcDateTime - options.Value.BewaartermijnContactgegevens;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var verlopen = await db.UitdaagrechtVerzoeken
            .Where(v => Afgelopen.Contains(v.Status) && v.StatusGewijzigdOp < grens && v.ContactNaam != Gewist)
            .ToListAsync(ct);
        // The conversation's transcript repeats the contact data: it goes too, by the same code as every erasure.
        ChatTranscripten.Wis(db, verlopen.Select(v => v.ConversationId).OfType<string>().ToList());
        foreach (var verzoek in verlopen)
        {
            (verzoek.ContactNaam, verzoek.ContactEmail, verzoek.ContactTelefoon, verzoek.ConversationId, verzoek.UserId) = (Gewist, null, null, null, null);
            InzageLog.Systeem(db, Clock, PersoonsgegevensInzage.Bewaartermijn, InzageLog.Onderwerp(UitdaagrechtPersoonsgegevensBron.SoortNaam, verzoek.Id));
        }

        await db.SaveChangesAsync(ct);
        return verlopen.Count;
    }

    protected override Task<int> RoundAsync(CancellationToken ct) => RunOnceAsync(ct);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Bot.Diensten;
using Participatie.Host.Features.Chat;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Betrouwbaarheid;

/// <summary>The outbox: a message committed but not yet delivered (the host stopped in between) arrives later, exactly once.</summary>
public sealed class UitgaandeBerichtenTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public UitgaandeBerichtenTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task WaitingMessage_IsDeliveredOnce_EvenWhenSeveralDispatchersTryAtOnce()
    {
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        await resident.PollAsync();
        var outbox = factory.Services.GetRequiredService<UitgaandeBerichten>();
        string id;
        await using (var db = await StapTransactieTests.Db(factory))
        {
            id = outbox.PlaatsChat(db, resident.ConversationId, new InitiatiefMelding("INI-2026-0077", "Moestuin", "Uw aanvraag is ontvangen."), null, null, null);
            await db.SaveChangesAsync();
        }

        // As after a crash: the message waits; the start-up pass, the timer and an immediate attempt race for it.
        await Task.WhenAll(
            outbox.BezorgAsync(id, default),
            outbox.BezorgAsync(id, default),
            outbox.BezorgWachtendeAsync(default),
            outbox.BezorgWachtendeAsync(default));
        await outbox.BezorgAsync(id, default);

        var berichten = await StapTransactieTests.WachtOpBerichtenAsync(resident, 1);
        Assert.Single(berichten, b => b.Contains("INI-2026-0077", StringComparison.Ordinal) && b.Contains("Uw aanvraag is ontvangen.", StringComparison.Ordinal));
        await using var check = await StapTransactieTests.Db(factory);
        var bericht = await check.UitgaandeBerichten.AsNoTracking().SingleAsync(b => b.Id == id);
        Assert.NotNull(bericht.AfgeleverdOp);
        Assert.Null(bericht.LaatsteFout);
    }

    [Fact]
    public async Task MessageForAConversationThatIsGone_IsClosedWithTheReason_NotRetriedForever()
    {
        var outbox = factory.Services.GetRequiredService<UitgaandeBerichten>();
        string id;
        await using (var db = await StapTransactieTests.Db(factory))
        {
            id = outbox.PlaatsChat(db, "bestaat-niet", new InitiatiefMelding("INI-2026-0078", "x", "y"), null, null, null);
            await db.SaveChangesAsync();
        }

        await outbox.BezorgAsync(id, default);

        await using var check = await StapTransactieTests.Db(factory);
        var bericht = await check.UitgaandeBerichten.AsNoTracking().SingleAsync(b => b.Id == id);
        Assert.NotNull(bericht.AfgeleverdOp);
        Assert.Contains("bestaat niet", bericht.LaatsteFout, StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Participatie.Bot.Diensten;
using Participatie.Host.Features.Chat;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.DirectLine;

public sealed class ResidentNotifierTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public ResidentNotifierTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task Notify_ResidentComesBackLater_FindsTheMessageAfterTheirWatermark()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        await client.PollAsync();
        var notifier = factory.Services.GetRequiredService<ResidentNotifier>();

        var sent = await notifier.NotifyAsync(client.ConversationId,
            new InitiatiefMelding("INI-2026-0042", "Buurtbarbecue", "De wijkcoördinator heeft uw initiatief bekeken."), default);
        var later = await client.PollAsync();

        Assert.True(sent);
        var message = Assert.Single(later);
        Assert.Equal("bot", message["from"]!["role"]!.GetValue<string>());
        Assert.Contains("wijkcoördinator heeft uw initiatief bekeken", message["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("INI-2026-0042", message["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_UnknownConversation_ReturnsFalse()
    {
        var notifier = factory.Services.GetRequiredService<ResidentNotifier>();

        Assert.False(await notifier.NotifyAsync("bestaat-niet", new InitiatiefMelding("INI-1", "x", "y"), default));
        Assert.False(await notifier.NotifyAsync(null, new InitiatiefMelding("INI-1", "x", "y"), default));
    }
}

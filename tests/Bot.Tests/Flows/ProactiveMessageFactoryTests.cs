using Participatie.Bot.Diensten;
using Participatie.Bot.Flows;
using Participatie.Bot.Localization;
using Participatie.Bot.Schema;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class ProactiveMessageFactoryTests
{
    private static ConversationReference Reference(string? locale) => new()
    {
        Conversation = new ConversationAccount("conv-9"),
        User = new ChannelAccount("user-9", "Bewoner", "user"),
        Bot = new ChannelAccount("participatie-bot", "Participatie", "bot"),
        ChannelId = "directline",
        Locale = locale,
    };

    [Fact]
    public void Create_DutchConversation_AddressesUserWithNewsAndStatusButton()
    {
        var clock = new FixedClock();
        var factory = new ProactiveMessageFactory(BotTexts.Default, clock);

        var activity = factory.Create(Reference("nl-NL"), new InitiatiefMelding("INI-2026-0042", "Buurtbarbecue", "De wijkcoördinator heeft uw aanvraag bekeken.", "Advies van de wijkraad"));

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(TextFormatTypes.Plain, activity.TextFormat);
        Assert.Equal("conv-9", activity.Conversation!.Id);
        Assert.Equal("user-9", activity.Recipient!.Id);
        Assert.Equal("participatie-bot", activity.From!.Id);
        Assert.Null(activity.ReplyToId);
        Assert.Equal(clock.Now, activity.Timestamp);
        Assert.Contains("Nieuws over uw initiatief INI-2026-0042 \u201cBuurtbarbecue\u201d: De wijkcoördinator heeft uw aanvraag bekeken.", activity.Text, StringComparison.Ordinal);
        Assert.Contains("Huidige stap: Advies van de wijkraad.", activity.Text, StringComparison.Ordinal);
        Assert.Equal(["Status van mijn initiatief", "Menu"], activity.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public void Create_EnglishConversation_IsInEnglish()
    {
        var factory = new ProactiveMessageFactory(BotTexts.Default, new FixedClock());

        var activity = factory.Create(Reference("en-US"), new InitiatiefMelding("INI-2026-0042", "Street party", "Your application was approved."));

        Assert.StartsWith("News about your initiative INI-2026-0042", activity.Text, StringComparison.Ordinal);
        Assert.Equal("en-US", activity.Locale);
    }

    [Fact]
    public async Task StatusButton_InProactiveMessage_ShowsStatusWhenClicked()
    {
        var chat = new TestConversation();
        await IntakeDialogTests.RunToSummaryAsync(chat);
        await chat.SendAsync("ja");
        var factory = new ProactiveMessageFactory(BotTexts.Default, chat.Clock);
        var message = factory.Create(chat.Message("x").GetConversationReference(), new InitiatiefMelding("INI-2026-0042", "Buurtbarbecue Rozenstraat", "Goedgekeurd."));

        var click = message.SuggestedActions!.Actions[0].Value!.Value.GetString();
        (await chat.SendAsync(click)).ShouldContain("INI-2026-0042 — Buurtbarbecue");
    }
}

using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Runtime;

public sealed class BotAdapterTests
{
    private sealed class EchoBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) =>
            turn.IsMessage ? turn.SendAsync($"echo: {turn.Text}", cancellationToken) : Task.CompletedTask;
    }

    private sealed class ThrowingBot : IBot
    {
        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            await turn.SendAsync("half way", cancellationToken);
            throw new InvalidOperationException("boom");
        }
    }

    private sealed class RecordingMiddleware(string name, List<string> log, bool callNext = true) : IMiddleware
    {
        public async Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            log.Add($"{name}:before");
            if (callNext)
            {
                await next(cancellationToken);
            }

            log.Add($"{name}:after");
        }
    }

    private static Activity Incoming(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "c|0000003",
        Text = text,
        From = new ChannelAccount("u1", "Bewoner", "user"),
        Recipient = new ChannelAccount("bot-x", "Participatie", "bot"),
        Conversation = new ConversationAccount("c"),
        ChannelId = "directline",
        Locale = "nl-NL",
    };

    private static async Task<IReadOnlyList<Activity>> RunAsync(BotAdapter adapter, Activity activity)
    {
        var replies = new List<Activity>();
        await adapter.ProcessActivityAsync(activity, (batch, _) =>
        {
            replies.AddRange(batch);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return replies;
    }

    [Fact]
    public async Task ProcessActivity_Message_ReplyIsAddressedAndStamped()
    {
        var clock = new FixedClock();
        var reply = Assert.Single(await RunAsync(new BotAdapter(new EchoBot(), clock), Incoming("hoi")));

        Assert.Equal("echo: hoi", reply.Text);
        Assert.Equal("c|0000003", reply.ReplyToId);
        Assert.Equal("bot-x", reply.From!.Id);
        Assert.Equal("bot", reply.From.Role);
        Assert.Equal("u1", reply.Recipient!.Id);
        Assert.Equal("c", reply.Conversation!.Id);
        Assert.Equal("directline", reply.ChannelId);
        Assert.Equal(clock.Now, reply.Timestamp);
        Assert.Equal(TextFormatTypes.Plain, reply.TextFormat);
        Assert.Equal("nl-NL", reply.Locale);
    }

    [Fact]
    public async Task ProcessActivity_ControlCharactersAndOverlongText_AreCleanedBeforeTheBot()
    {
        var adapter = new BotAdapter(new EchoBot(), new FixedClock(), new BotOptions { MaxInputLength = 10 });
        var reply = Assert.Single(await RunAsync(adapter, Incoming("\u0000ab\u0007c\r\n  d\u200Be 1234567890")));

        Assert.Equal("echo: abc de 123", reply.Text);
    }

    [Fact]
    public async Task ProcessActivity_Middleware_RunsInOrderAroundTheBot()
    {
        var log = new List<string>();
        var adapter = new BotAdapter(new EchoBot(), new FixedClock(), middleware: [new RecordingMiddleware("a", log), new RecordingMiddleware("b", log)]);

        Assert.Single(await RunAsync(adapter, Incoming("x")));
        Assert.Equal(["a:before", "b:before", "b:after", "a:after"], log);
    }

    [Fact]
    public async Task ProcessActivity_MiddlewareShortCircuits_BotDoesNotRun()
    {
        var log = new List<string>();
        var adapter = new BotAdapter(new EchoBot(), new FixedClock(), middleware: [new RecordingMiddleware("gate", log, callNext: false)]);

        Assert.Empty(await RunAsync(adapter, Incoming("x")));
    }

    [Fact]
    public async Task ProcessActivity_BotThrows_SendsOnlyPoliteApologyAndReportsError()
    {
        var errors = new List<Exception>();
        var adapter = new BotAdapter(new ThrowingBot(), new FixedClock()) { OnTurnError = (e, _) => errors.Add(e) };

        var reply = Assert.Single(await RunAsync(adapter, Incoming("x")));

        Assert.StartsWith("Sorry, er ging bij mij iets mis", reply.Text, StringComparison.Ordinal);
        Assert.Equal("c|0000003", reply.ReplyToId);
        Assert.Equal("boom", Assert.Single(errors).Message);
    }

    private sealed class RefusingBot : IBot
    {
        public Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
            throw new Participatie.Bot.Diensten.BewonerGeweigerdException("Te vaak geprobeerd.", "Tried too often.");
    }

    [Theory]
    [InlineData("nl-NL", "Te vaak geprobeerd.")]
    [InlineData("en-GB", "Tried too often.")]
    public async Task ProcessActivity_ServiceRefusesTheResident_SendsItsMessageInTheirLanguage_NotAnError(string locale, string verwacht)
    {
        var errors = new List<Exception>();
        var adapter = new BotAdapter(new RefusingBot(), new FixedClock()) { OnTurnError = (e, _) => errors.Add(e) };
        var activity = Incoming("x");
        activity.Locale = locale;

        var reply = Assert.Single(await RunAsync(adapter, activity));

        Assert.Equal(verwacht, reply.Text);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ProcessActivity_NoConversationId_IsRejected()
    {
        var activity = Incoming("x");
        activity.Conversation = null;

        await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(new BotAdapter(new EchoBot(), new FixedClock()), activity));
    }

    [Fact]
    public async Task ContinueConversation_Reference_RunsCallbackWithRepliesIntoThatConversation()
    {
        var adapter = new BotAdapter(new EchoBot(), new FixedClock());
        var reference = Incoming("x").GetConversationReference();
        var replies = new List<Activity>();

        await adapter.ContinueConversationAsync(reference, "participatie/melding", (turn, ct) => turn.SendAsync("Nieuws!", ct), (batch, _) =>
        {
            replies.AddRange(batch);
            return Task.CompletedTask;
        }, CancellationToken.None);

        var reply = Assert.Single(replies);
        Assert.Equal("Nieuws!", reply.Text);
        Assert.Equal("c", reply.Conversation!.Id);
        Assert.Equal("u1", reply.Recipient!.Id);
        Assert.Equal("bot-x", reply.From!.Id);
    }
}

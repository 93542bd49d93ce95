using Participatie.Bot.Dialogs;
using Participatie.Bot.Dialogs.Prompts;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Bot.State;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Dialogs;

public sealed class DialogRuntimeTests
{
    private sealed class AgeState
    {
        public string? Name { get; set; }

        public int? Age { get; set; }
    }

    private sealed class StackHolder
    {
        public DialogState Dialogs { get; set; } = new();
    }

    /// <summary>A component asking name and age, to test the runtime without the Participatie dialogs.</summary>
    private sealed class ProfileDialog : ComponentDialog
    {
        public ProfileDialog()
            : base(nameof(ProfileDialog))
        {
            AddDialog(new WaterfallDialog<AgeState>("profile", [AskNameStepAsync, AskAgeStepAsync, DoneStepAsync]));
            AddDialog(new TextPrompt("name"));
            AddDialog(new NumberPrompt("age", async (prompt, ct) =>
            {
                if (prompt.Recognized.Succeeded && prompt.Recognized.Value is < 0 or > 130)
                {
                    await prompt.Turn.SendAsync("Dat kan niet kloppen.", ct);
                    return false;
                }

                return prompt.Recognized.Succeeded;
            }));
        }

        private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<AgeState> step, CancellationToken ct) =>
            step.PromptAsync("name", new PromptOptions { Prompt = Activity.CreateMessage("Naam?") }, ct);

        private static Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext<AgeState> step, CancellationToken ct)
        {
            step.State.Name = (string)step.Result!;
            return step.PromptAsync("age", new PromptOptions { Prompt = Activity.CreateMessage("Leeftijd?"), RetryPrompt = Activity.CreateMessage("Een getal graag.") }, ct);
        }

        private static async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext<AgeState> step, CancellationToken ct)
        {
            step.State.Age = (int)(decimal)step.Result!;
            await step.SendAsync($"{step.State.Name} is {step.State.Age}", ct);
            return await step.EndDialogAsync(step.State.Age, ct);
        }
    }

    /// <summary>Runs one turn over a fresh DialogSet and stack from storage, as a bot would after a restart.</summary>
    private static async Task<(IReadOnlyList<Activity> Replies, DialogTurnResult Result)> TurnAsync(IBotStorage storage, string? text, bool begin = false)
    {
        var dialogs = new DialogSet().Add(new ProfileDialog()).Add(new ChoicePrompt("choice"));
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount("c"), From = new ChannelAccount("u"), ChannelId = "test" };
        var turn = new TurnContext(activity, new BotOptions(), new FixedClock());
        var state = BotState<StackHolder>.ForConversation(storage);
        var holder = await state.GetAsync(turn, CancellationToken.None);
        var dc = new DialogContext(dialogs, turn, holder.Dialogs);
        var result = begin ? await dc.BeginDialogAsync(nameof(ProfileDialog)) : await dc.ContinueDialogAsync();
        await state.SaveAsync(turn, CancellationToken.None);
        return (turn.Replies, result);
    }

    [Fact]
    public async Task Waterfall_InComponent_RunsStepsAcrossTurnsAndReturnsResult()
    {
        var storage = new MemoryBotStorage();
        Assert.Equal("Naam?", Assert.Single((await TurnAsync(storage, null, begin: true)).Replies).Text);
        Assert.Equal("Leeftijd?", Assert.Single((await TurnAsync(storage, "Ada")).Replies).Text);

        var (replies, result) = await TurnAsync(storage, "36");

        Assert.Equal("Ada is 36", Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(36, result.Result);
        Assert.Equal(DialogTurnStatus.Empty, (await TurnAsync(storage, "weer")).Result.Status);
    }

    [Fact]
    public async Task Prompt_ValidatorRejects_SendsValidatorMessageThenRetryPrompt()
    {
        var storage = new MemoryBotStorage();
        await TurnAsync(storage, null, begin: true);
        await TurnAsync(storage, "Ada");

        var (replies, result) = await TurnAsync(storage, "200");

        Assert.Equal(["Dat kan niet kloppen.", "Een getal graag."], replies.Select(r => r.Text));
        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
    }

    [Fact]
    public async Task Prompt_NonMessageActivity_IsIgnoredWhileWaiting()
    {
        var storage = new MemoryBotStorage();
        await TurnAsync(storage, null, begin: true);
        var dialogs = new DialogSet().Add(new ProfileDialog());
        var typing = new Activity { Type = ActivityTypes.Typing, Conversation = new ConversationAccount("c"), From = new ChannelAccount("u"), ChannelId = "test" };
        var turn = new TurnContext(typing, new BotOptions(), new FixedClock());
        var holder = await BotState<StackHolder>.ForConversation(storage).GetAsync(turn, CancellationToken.None);

        var result = await new DialogContext(dialogs, turn, holder.Dialogs).ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Empty(turn.Replies);
    }

    [Fact]
    public async Task DialogContext_StackFromOlderVersionWithUnknownDialog_IsClearedInsteadOfFailing()
    {
        var state = new DialogState { Stack = [new DialogInstance { Id = "RemovedDialog" }] };
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = "hoi", Conversation = new ConversationAccount("c") }, new BotOptions(), new FixedClock());

        var result = await new DialogContext(new DialogSet(), turn, state).ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task ChoicePrompt_PostBackValue_IsRecognisedExactly()
    {
        var dialogs = new DialogSet().Add(new ChoicePrompt("choice"));
        var state = new DialogState();
        var options = new PromptOptions { Prompt = Activity.CreateMessage("Kies"), Choices = [new Choice("a", "Appel"), new Choice("b", "Peer")] };
        var first = new TurnContext(new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount("c") }, new BotOptions(), new FixedClock());
        await new DialogContext(dialogs, first, state).PromptAsync("choice", options);
        Assert.Equal(["Appel", "Peer"], first.Replies.Single().SuggestedActions!.Actions.Select(a => a.Title));

        var post = new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount("c"), Value = System.Text.Json.JsonSerializer.SerializeToElement("b") };
        var second = new TurnContext(post, new BotOptions(), new FixedClock());
        var result = await new DialogContext(dialogs, second, state).ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("b", ((FoundChoice)result.Result!).Value);
    }
}

using Participatie.Bot.Flows;
using Participatie.Bot.Schema;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class WelcomeAndMenuTests
{
    [Fact]
    public async Task ConversationUpdate_UserAdded_SendsWelcomeWithMenuWithoutWaitingForAMessage()
    {
        var chat = new TestConversation();
        var replies = await chat.SendActivityAsync(chat.ConversationUpdate("participatie-bot", chat.UserId));

        var welcome = Assert.Single(replies);
        Assert.Contains("Welkom", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(["Initiatief starten", "Welke ondersteuning kan ik krijgen?", "Status van mijn initiatief", "Help"], replies.Buttons());
        Assert.All(welcome.SuggestedActions!.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task ConversationUpdate_OnlyBotAdded_SendsNothing()
    {
        var chat = new TestConversation();
        Assert.Empty(await chat.SendActivityAsync(chat.ConversationUpdate("participatie-bot")));
    }

    [Fact]
    public async Task WebChatJoinEvent_FirstTime_SendsWelcomeOnce()
    {
        var chat = new TestConversation();
        (await chat.SendActivityAsync(chat.Event(ParticipatieBot.JoinEventName))).ShouldContain("Welkom");
        Assert.Empty(await chat.SendActivityAsync(chat.Event(ParticipatieBot.JoinEventName)));
        Assert.Empty(await chat.SendActivityAsync(chat.ConversationUpdate(chat.UserId)));
    }

    [Fact]
    public async Task UnknownEventAndTyping_AreIgnoredSilently()
    {
        var chat = new TestConversation();
        Assert.Empty(await chat.SendActivityAsync(chat.Event("something/else")));
        var typing = chat.Message(null);
        typing.Type = ActivityTypes.Typing;
        Assert.Empty(await chat.SendActivityAsync(typing));
    }

    [Theory]
    [InlineData("ik wil een buurtbarbeque organiseeren")]
    [InlineData("wij willen iets organiseren voor de jeugd")]
    public async Task FreeText_IdeaSentence_StartsIntakeWithThatIdea(string utterance)
    {
        var chat = new TestConversation();
        (await chat.SendAsync(utterance)).ShouldContain("Leuk idee").ShouldContain("korte titel");
    }

    [Theory]
    [InlineData("ik wil een buurtbarbecue organiseren", "Buurtbarbecue")]
    [InlineData("Ik wil graag een BBQ in de straat organiseren", "Bbq")]
    [InlineData("we willen een moestuin beginnen", "Moestuin")]
    public async Task FreeText_IdeaSentenceWithWhatItIs_TakesTheTitleAndAsksThePlace(string utterance, string titel)
    {
        var chat = new TestConversation();
        (await chat.SendAsync(utterance)).ShouldContain("begrepen").ShouldContain($"Titel: {titel}").ShouldContain("Waar vindt het plaats").ShouldNotContain("korte titel");
    }

    [Theory]
    [InlineData("Initiatief starten")]
    [InlineData("initatief startn")]
    [InlineData("ik heb een idee")]
    public async Task FreeText_StartWithoutIdea_AsksForTheIdea(string utterance)
    {
        var chat = new TestConversation();
        (await chat.SendAsync(utterance)).ShouldContain("Wat is uw idee");
    }

    [Theory]
    [InlineData("Welke ondersteuning kan ik krijgen?")]
    [InlineData("kan ik subsidie krijgen")]
    [InlineData("welke ondersteuning is er")]
    [InlineData("ondersteunign")]
    public async Task FreeText_SupportQuestion_StartsSupportDialog(string utterance)
    {
        var chat = new TestConversation();
        (await chat.SendAsync(utterance)).ShouldContain("per soort ondersteuning");
    }

    [Theory]
    [InlineData("Status van mijn initiatief")]
    [InlineData("hoe staat het met mijn aanvraag")]
    [InlineData("statsu")]
    public async Task FreeText_StatusQuestion_StartsStatusDialog(string utterance)
    {
        var chat = new TestConversation();
        (await chat.SendAsync(utterance)).ShouldContain("referentienummer");
    }

    [Fact]
    public async Task FreeText_Greeting_AnswersWithMenu()
    {
        var chat = new TestConversation();
        (await chat.SendAsync("hallo")).ShouldContain("Hallo").ShouldOffer("Initiatief starten");
    }

    [Fact]
    public async Task FreeText_Gibberish_SaysNotUnderstoodAndShowsMenu()
    {
        var chat = new TestConversation();
        (await chat.SendAsync("qwxz plof")).ShouldContain("begreep ik niet").ShouldOffer("Initiatief starten", "Help");
    }

    [Fact]
    public async Task EmptyMessage_AsksToTypeText()
    {
        var chat = new TestConversation();
        (await chat.SendAsync("   \u0000\u0007 ")).ShouldContain("geen tekst").ShouldOffer("Initiatief starten");
    }

    [Fact]
    public async Task AttachmentOnly_ExplainsAndRepromptsActiveQuestion()
    {
        var chat = new TestConversation();
        await chat.SendAsync("initiatief starten");
        var photo = chat.Message(null);
        photo.Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://example.org/foto.jpg", Name = "foto.jpg" }];
        (await chat.SendActivityAsync(photo)).ShouldContain("bijlagen").ShouldContain("Wat is uw idee");
    }

    [Fact]
    public async Task PostBackWithoutText_UsesTheValueAsTheAnswer()
    {
        var chat = new TestConversation();
        var postBack = chat.Message(null);
        postBack.Value = System.Text.Json.JsonSerializer.SerializeToElement("Initiatief starten");
        (await chat.SendActivityAsync(postBack)).ShouldContain("Wat is uw idee");
    }

    [Fact]
    public async Task WebChatJoinEvent_WithEnglishLanguageValue_WelcomesInEnglish()
    {
        var chat = new TestConversation();
        chat.Locale = null;
        var join = chat.Event(ParticipatieBot.JoinEventName);
        join.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { language = "en-GB" });
        (await chat.SendActivityAsync(join)).ShouldContain("Welcome");
        (await chat.SendAsync("help")).ShouldContain("I can help you");
    }

    [Fact]
    public async Task FreeText_IdeaLongerThanAllowed_AsksForShorterIdea()
    {
        var chat = new TestConversation();
        var idea = "ik wil een buurtfeest organiseren " + string.Concat(Enumerable.Repeat("met muziek en eten ", 70));
        (await chat.SendAsync(idea)).ShouldContain("samenvatten in hooguit 1000 tekens").ShouldContain("Wat is uw idee");
    }
}

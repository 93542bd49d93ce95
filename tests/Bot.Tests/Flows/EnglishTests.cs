using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class EnglishTests
{
    [Fact]
    public async Task Welcome_EnglishLocale_IsInEnglish()
    {
        var chat = new TestConversation(locale: "en-GB");
        (await chat.SendActivityAsync(chat.ConversationUpdate(chat.UserId)))
            .ShouldContain("Welcome")
            .ShouldOffer("Start an initiative", "What support can I get?", "Status of my initiative", "Help");
    }

    [Fact]
    public async Task Intake_EnglishLocale_RunsInEnglishAndPassesLanguage()
    {
        var chat = new TestConversation(locale: "en-US");
        (await chat.SendAsync("I want to organise a street party")).ShouldContain("Idea: organise a street party").ShouldContain("Title: Street party").ShouldContain("postcode");
        (await chat.SendAsync("5341 AB")).ShouldContain("That is the neighbourhood Binnenstad");
        (await chat.SendAsync("everyone in the street")).ShouldContain("who are you organising it with");
        (await chat.SendAsync("neighbours")).ShouldContain("how many neighbours");
        (await chat.SendAsync("twenty")).ShouldContain("What help do you need").ShouldOffer("Money", "Space", "Permits");
        (await chat.SendAsync("money and permits")).ShouldContain("run the initiative yourself").ShouldOffer("Yes", "No");
        (await chat.SendAsync("yes")).ShouldContain("Roughly how much");
        (await chat.SendAsync("1,500 euros")).ShouldContain("contribute");
        (await chat.SendAsync("time")).ShouldContain("When do you want to start");
        (await chat.SendAsync("next week friday")).ShouldContain("About your data").ShouldContain("What is your name");
        (await chat.SendAsync("Sam Jansen")).ShouldContain("e-mail address or phone number");
        (await chat.SendAsync("sam@example.com"))
            .ShouldContain("This is what I noted")
            .ShouldContain("Budget: € 1,500")
            .ShouldContain("Start date: 27 November 2026");
        (await chat.SendAsync("Correct, send it")).ShouldContain("reference number INI-2026-0042");

        var aanvraag = Assert.Single(chat.Diensten.Aanvragen);
        Assert.Equal("en", aanvraag.Taal);
        Assert.Equal(1500m, aanvraag.Begroting);
    }

    [Fact]
    public async Task Support_EnglishLocale_ReasonsComeBackInEnglish()
    {
        var chat = new TestConversation(locale: "en");
        chat.Diensten.Benodigd = [Diensten.OndersteuningsGegeven.CommercieelPolitiekOfReligieus];
        (await chat.SendAsync("What support can I get?")).ShouldContain("commercial, political or religious");
        (await chat.SendAsync("yes"))
            .ShouldContain("✖ Initiative fund contribution: no, you don't qualify")
            .ShouldContain("Commercial, political or religious activities are excluded.");
    }

    [Fact]
    public async Task Locale_SentOnlyOnFirstActivity_IsRememberedForTheConversation()
    {
        var chat = new TestConversation(locale: "en-US");
        await chat.SendActivityAsync(chat.ConversationUpdate(chat.UserId));
        chat.Locale = null;
        (await chat.SendAsync("help")).ShouldContain("I can help you");
    }
}

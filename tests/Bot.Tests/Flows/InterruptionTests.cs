using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class InterruptionTests
{
    [Theory]
    [InlineData("stop")]
    [InlineData("Stoppen")]
    [InlineData("annuleren")]
    [InlineData("cancel")]
    public async Task Stop_MidIntake_CancelsAndShowsMenu(string command)
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("Barbecue");
        (await chat.SendAsync(command)).ShouldContain("ik ben gestopt").ShouldOffer("Initiatief starten");
        (await chat.SendAsync("5341 AB")).ShouldContain("begreep ik niet").ShouldNotContain("Binnenstad");
        Assert.Empty(chat.Diensten.Aanvragen);
    }

    [Fact]
    public async Task Stop_NothingRunning_SaysSo()
    {
        var chat = new TestConversation();
        (await chat.SendAsync("stop")).ShouldContain("Er liep op dit moment niets");
    }

    [Fact]
    public async Task Help_MidPrompt_ExplainsAndRepeatsTheSameQuestion()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("Barbecue");
        (await chat.SendAsync("help")).ShouldContain("U beantwoordt nu een vraag").ShouldContain("Waar vindt het plaats");
        (await chat.SendAsync("5341 AB")).ShouldContain("Binnenstad");
    }

    [Fact]
    public async Task Help_MidChoicePrompt_RepeatsButtons()
    {
        var chat = new TestConversation();
        await IntakeDialogTests.RunToSummaryAsync(chat);
        (await chat.SendAsync("?")).ShouldContain("U beantwoordt nu een vraag").ShouldOffer("Klopt, versturen", "Iets wijzigen");
    }

    [Fact]
    public async Task Restart_MidIntake_StartsTheIntakeFromTheBeginning()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("Barbecue");
        (await chat.SendAsync("opnieuw")).ShouldContain("we beginnen opnieuw").ShouldContain("Wat is uw idee");
        (await chat.SendAsync("Een rommelmarkt")).ShouldContain("Titel: Rommelmarkt").ShouldContain("Waar vindt het plaats");
    }

    [Fact]
    public async Task Restart_English_StartsTheSupportQuestionsAgain()
    {
        var chat = new TestConversation(locale: "en-US");
        await chat.SendAsync("What support can I get?");
        await chat.SendAsync("5341 AB");
        (await chat.SendAsync("start over")).ShouldContain("let's start over").ShouldContain("Where does the initiative take place? Give the postcode");
    }

    [Fact]
    public async Task Menu_MidDialog_CancelsAndShowsMenu()
    {
        var chat = new TestConversation();
        await chat.SendAsync("status");
        (await chat.SendAsync("menu")).ShouldContain("Waarmee kan ik u helpen").ShouldOffer("Initiatief starten");
        (await chat.SendAsync("INI-2026-0001")).ShouldContain("geen initiatief vinden");
    }

    [Fact]
    public async Task StopInsideALongerAnswer_IsTreatedAsAnAnswer()
    {
        var chat = new TestConversation();
        await chat.SendAsync("initiatief starten");
        (await chat.SendAsync("stoppen met zwerfafval in de wijk")).ShouldContain("korte titel");
    }

    [Fact]
    public async Task Prompt_ThirdAnswerNotUnderstood_AddsHintAboutHelpAndStop()
    {
        var chat = new TestConversation();
        await IntakeDialogTests.RunToDateAsync(chat);
        (await chat.SendAsync("ooit")).ShouldNotContain("Lukt het niet");
        // The second miss already offers dates to pick and a person to ask (no loops); the third adds the hint.
        (await chat.SendAsync("later")).ShouldNotContain("Lukt het niet").ShouldContain("ongeveer-datum");
        (await chat.SendAsync("weet niet")).ShouldContain("Lukt het niet? Typ 'help'").ShouldContain("Die datum begrijp ik nog niet");
    }
}

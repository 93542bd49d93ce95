using Participatie.Bot.Diensten;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class IntrekDialogTests
{
    [Fact]
    public async Task Withdraw_InitiativeOfThisConversation_AsksConfirmationThenWithdraws()
    {
        var diensten = new FakeDiensten();
        var chat = new TestConversation(new Participatie.Bot.State.MemoryBotStorage(), diensten);
        await IntakeDialogTests.RunToSummaryAsync(chat);
        await chat.SendAsync("ja");

        (await chat.SendAsync("ik wil mijn initiatief intrekken")).ShouldContain("Weet u zeker dat u initiatief INI-2026-0042");
        (await chat.SendAsync("ja")).ShouldContain("INI-2026-0042 is ingetrokken");

        var verzoek = Assert.Single(diensten.Intrekkingen);
        Assert.Equal("INI-2026-0042", verzoek.Referentie);
    }

    [Fact]
    public async Task Withdraw_ResidentChangesMind_NothingIsWithdrawn()
    {
        var diensten = new FakeDiensten();
        var chat = new TestConversation(new Participatie.Bot.State.MemoryBotStorage(), diensten);
        await IntakeDialogTests.RunToSummaryAsync(chat);
        await chat.SendAsync("ja");

        await chat.SendAsync("INI-2026-0042 intrekken");
        (await chat.SendAsync("nee")).ShouldContain("loopt gewoon door");

        Assert.Empty(diensten.Intrekkingen);
    }

    [Fact]
    public async Task Withdraw_SomeoneElsesInitiative_IsRefused()
    {
        var storage = new Participatie.Bot.State.MemoryBotStorage();
        var diensten = new FakeDiensten();
        var owner = new TestConversation(storage, diensten);
        await IntakeDialogTests.RunToSummaryAsync(owner);
        await owner.SendAsync("ja");

        var other = new TestConversation(storage, diensten, conversationId: "conv-x", userId: "user-x");
        await other.SendAsync("ik wil INI-2026-0042 intrekken");
        (await other.SendAsync("ja")).ShouldContain("geen initiatief INI-2026-0042");

        Assert.Empty(diensten.Intrekkingen);
    }

    [Theory]
    [InlineData("ik wil mijn initiatief intrekken")]
    [InlineData("kan ik INI-2026-0042 terugtrekken?")]
    [InlineData("I want to withdraw my initiative")]
    public void Intent_WithdrawWords_AreRecognised(string text) =>
        Assert.Equal(Participatie.Bot.Recognizers.Intent.Withdraw, Participatie.Bot.Recognizers.IntentRecognizer.Recognize(text).Intent);
}

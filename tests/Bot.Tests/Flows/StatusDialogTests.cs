using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class StatusDialogTests
{
    [Fact]
    public async Task Status_AfterIntakeInThisConversation_ShowsCurrentStep()
    {
        var chat = new TestConversation();
        await IntakeDialogTests.RunToSummaryAsync(chat);
        await chat.SendAsync("ja");
        (await chat.SendAsync("Status van mijn initiatief"))
            .ShouldContain("INI-2026-0042 — Buurtbarbecue")
            .ShouldContain("Huidige stap: Beoordeling door de wijkcoördinator.")
            .ShouldContain("bijgewerkt op 21 november 2026");
    }

    [Fact]
    public async Task Status_ReferenceInSentence_LooksItUpDirectly()
    {
        var storage = new Participatie.Bot.State.MemoryBotStorage();
        var diensten = new FakeDiensten();
        var first = new TestConversation(storage, diensten);
        await IntakeDialogTests.RunToSummaryAsync(first);
        await first.SendAsync("ja");

        var other = new TestConversation(storage, diensten, conversationId: "conv-2", userId: "user-2");
        (await other.SendAsync("hoe staat het met ini-2026-42?")).ShouldContain("INI-2026-0042 — Buurtbarbecue");
        Assert.Equal(["INI-2026-0042"], diensten.Zoekvragen[^1].Referenties);
    }

    [Fact]
    public async Task Status_NothingKnown_AsksReferenceAndHandlesUnknownNumber()
    {
        var chat = new TestConversation();
        (await chat.SendAsync("status")).ShouldContain("Wat is het referentienummer").ShouldOffer("Weet ik nog niet");
        (await chat.SendAsync("12345")).ShouldContain("herken ik niet als referentienummer");
        (await chat.SendAsync("INI-2026-9999")).ShouldContain("geen initiatief vinden met nummer INI-2026-9999").ShouldContain("Kan ik u nog");
    }

    [Fact]
    public async Task Status_ResidentDoesNotKnowReference_ExplainsWhereToFindIt()
    {
        var chat = new TestConversation();
        await chat.SendAsync("status");
        (await chat.SendAsync("weet ik niet")).ShouldContain("Zonder referentienummer");
    }

    [Fact]
    public async Task Status_SameUserInNewConversation_ShowsTheirInitiatives()
    {
        var storage = new Participatie.Bot.State.MemoryBotStorage();
        var diensten = new FakeDiensten();
        var first = new TestConversation(storage, diensten, conversationId: "a", userId: "same-user");
        await IntakeDialogTests.RunToSummaryAsync(first);
        await first.SendAsync("ja");

        var later = new TestConversation(storage, diensten, conversationId: "b", userId: "same-user");
        (await later.SendAsync("status")).ShouldContain("INI-2026-0042 — Buurtbarbecue");
        Assert.Equal(["INI-2026-0042"], diensten.Zoekvragen[^1].Referenties);
    }
}

using Participatie.Bot.Diensten;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

/// <summary>The bot asks for the kinds of help the Host's catalogue gives it, and knows no kinds of its own.</summary>
public sealed class HulpsoortenTests
{
    private static readonly Hulpsoort Vervoer = FakeDiensten.Soort("vervoer", "Vervoer", "Transport", ["vervoer", "busje", "aanhanger"], ["transport", "van", "trailer"]);

    [Fact]
    public async Task ANewKindInTheCatalogue_IsOffered_Recognised_AndSentAsItsCode()
    {
        var diensten = new FakeDiensten { Hulpsoorten = [.. FakeDiensten.StandaardHulpsoorten, Vervoer] };
        var chat = new TestConversation(diensten: diensten);
        await TotDeHulpvraagAsync(chat);

        (await chat.SendAsync("onzin")).ShouldContain("geld, ruimte, materialen, advies, vergunningen, een contactpersoon, vervoer");
        (await chat.SendAsync("een busje en geld")).ShouldContain("zelf (met uw buren) uitvoeren");
        await AfrondenAsync(chat);

        Assert.Equal(["geld", "vervoer"], Assert.Single(diensten.Aanvragen).Hulp);
    }

    [Fact]
    public async Task AKindLeftOutOfTheCatalogue_IsNotOffered()
    {
        var diensten = new FakeDiensten { Hulpsoorten = [.. FakeDiensten.StandaardHulpsoorten.Where(h => h.Code != "vergunning")] };
        var chat = new TestConversation(diensten: diensten);
        var vraag = await TotDeHulpvraagAsync(chat);

        Assert.DoesNotContain(vraag.SelectMany(a => a.SuggestedActions?.Actions ?? []), a => a.Title == "Vergunningen");
    }

    [Fact]
    public async Task InEnglish_TheCatalogueNamesAreUsed_AndDutchWordsStillCount()
    {
        var diensten = new FakeDiensten { Hulpsoorten = [.. FakeDiensten.StandaardHulpsoorten, Vervoer] };
        var chat = new TestConversation(diensten: diensten, locale: "en-GB");
        await chat.SendActivityAsync(chat.ConversationUpdate("participatie-bot", chat.UserId));
        await chat.SendAsync("I want to organise a street party");
        await chat.SendAsync("5341ab");
        await chat.SendAsync("everyone in the street");
        await chat.SendAsync("with the neighbours");
        (await chat.SendAsync("about 25")).ShouldOffer("Money", "Space", "Transport");
        (await chat.SendAsync("a trailer")).ShouldContain("Noted: Transport").ShouldOffer("Money");
        (await chat.SendAsync("geld")).ShouldContain("run the initiative yourself");
    }

    [Theory]
    [InlineData("vergunning", true)]
    [InlineData("Vergunningen", true)]
    [InlineData("PERMITS", true)]
    [InlineData("geld", false)]
    public void AStoredValue_MeansTheKindByCodeOrWord(string waarde, bool betekent)
    {
        var vergunning = FakeDiensten.StandaardHulpsoorten.Single(h => h.Code == "vergunning");
        Assert.Equal(betekent, vergunning.Betekent(waarde));
    }

    private static async Task<IReadOnlyList<Participatie.Bot.Schema.Activity>> TotDeHulpvraagAsync(TestConversation chat)
    {
        await chat.SendActivityAsync(chat.ConversationUpdate("participatie-bot", chat.UserId));
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("5341ab");
        await chat.SendAsync("alle bewoners van de straat");
        await chat.SendAsync("met de buren");
        return (await chat.SendAsync("ongeveer 25")).ShouldContain("Welke hulp");
    }

    private static async Task AfrondenAsync(TestConversation chat)
    {
        await chat.SendAsync("ja");
        await chat.SendAsync("€ 800");
        await chat.SendAsync("tijd");
        await chat.SendAsync("volgende week vrijdag");
        await chat.SendAsync("Fatima de Vries");
        await chat.SendAsync("fatima@example.nl");
        await chat.SendAsync("Klopt, versturen");
    }
}

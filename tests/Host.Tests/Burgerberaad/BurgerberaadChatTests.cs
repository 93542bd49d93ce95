using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Burgerberaad;

/// <summary>
/// Registering for a burgerberaad in the chat, over Direct Line against the real Host: a wrong code is refused and
/// asked again, the beraad's own questions come with their values, and the registration is stored by the same service
/// as the page — field for field what the page stores, one registration per code across both channels.
/// </summary>
public sealed class BurgerberaadChatTests
{
    [Fact]
    public async Task Chat_RegistersWithTheLetterCode_ExactlyAsThePageWould_AndASecondUseUpdates()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        string buurtCode;
        await using (var db = await factory.CreateDbContextAsync())
        {
            buurtCode = await db.Buurten.OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
        }

        var aangemaakt = await beleid.PostAsJsonAsync("/api/burgerberaad/beraden", new
        {
            thema = "Minder hitte in de straat", gebiedCode = buurtCode, omvang = 3, reserves = 0, aanmeldenTot = clock.GetUtcNow().UtcDateTime.AddDays(7),
            quota = new[] { Q("geslacht", "vrouw", 1, 2), Q("geslacht", "man", 1, 2), Q("woning", "huur", 1, 2), Q("woning", "koop", 1, 2) },
        });
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var id = (await aangemaakt.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        var adressen = "postcode,huisnummer,toevoeging,straat,woonplaats\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"4321CD,{i},,Kerkpad,Maaswaarde\n"));
        Assert.Equal(HttpStatusCode.OK, (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/adressen", new StringContent(adressen, Encoding.UTF8, "text/csv"))).StatusCode);
        var codes = (await (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/uitnodigingen", new { aantal = 4, seed = 5 })).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')[^1]).ToList();

        var chat = await DirectLineClient.StartAsync(factory.CreateClient());
        Assert.Contains("code op uw brief", Tekst(await chat.AskAsync("ik wil me aanmelden voor het burgerberaad")));
        Assert.Contains("hoort bij geen enkel burgerberaad", Tekst(await chat.AskAsync("ZZZZ-ZZZZ-ZZZZ")));
        var gevonden = Tekst(await chat.AskAsync(codes[0].ToLowerInvariant().Replace('-', ' ')));
        Assert.Contains("Minder hitte in de straat", gevonden);
        Assert.Contains("Vraag 1 van 2 — geslacht", gevonden);
        Assert.Contains("Vraag 2 van 2 — woning", Tekst(await chat.AskAsync("vrouw")));
        Assert.Contains("Wanneer kunt u meedoen?", Tekst(await chat.AskAsync("koop")));
        await chat.AskAsync("dinsdagavond");
        await chat.AskAsync("Anna de Vries");
        var samenvatting = Tekst(await chat.AskAsync("anna@example.nl"));
        Assert.Contains("- geslacht: vrouw", samenvatting);
        Assert.DoesNotContain(codes[0], samenvatting);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.BurgerberaadAanmeldingen.AnyAsync(a => a.BeraadId == id), "nothing is stored before the confirmation");
        }

        var bevestigd = Tekst(await chat.AskAsync("ja"));
        Assert.Contains("U bent aangemeld", bevestigd);

        // The page, with another household's code and the same answers: the stored rows must be the same but for the household.
        var pagina = await anoniem.PostAsJsonAsync($"/api/burgerberaad/{id}/aanmelding", new
        {
            code = codes[1], naam = "Anna de Vries", email = "anna@example.nl", antwoorden = new { geslacht = "vrouw", woning = "koop" }, beschikbaarheid = "dinsdagavond",
        });
        Assert.Equal(HttpStatusCode.Created, pagina.StatusCode);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var rijen = await db.BurgerberaadAanmeldingen.AsNoTracking().Where(a => a.BeraadId == id).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(2, rijen.Count);
            var (viaChat, viaPagina) = (rijen[0], rijen[1]);
            Assert.Contains(viaChat.Pseudoniem, bevestigd);
            Assert.Equal(viaPagina.Naam, viaChat.Naam);
            Assert.Equal(viaPagina.Email, viaChat.Email);
            Assert.Equal(viaPagina.Telefoon, viaChat.Telefoon);
            Assert.Null(viaChat.Telefoon);
            Assert.Equal(viaPagina.Beschikbaarheid, viaChat.Beschikbaarheid);
            Assert.Equal(viaPagina.Antwoorden.OrderBy(p => p.Key), viaChat.Antwoorden.OrderBy(p => p.Key));
            Assert.Equal(clock.GetUtcNow().UtcDateTime, viaChat.AangemeldOp, TimeSpan.FromSeconds(1));
            Assert.NotEqual(viaPagina.AdresId, viaChat.AdresId);
        }

        // The same code again, in the chat: the registration is updated, the pseudonym stays.
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Contains("Vraag 1 van 2", Tekst(await chat.AskAsync($"burgerberaad {codes[0]}")));
        await chat.AskAsync("vrouw");
        await chat.AskAsync("huur");
        await chat.AskAsync("Overslaan");
        await chat.AskAsync("Anna de Vries");
        await chat.AskAsync("06 12345678");
        var bijgewerkt = Tekst(await chat.AskAsync("ja"));
        Assert.Contains("is bijgewerkt", bijgewerkt);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var rijen = await db.BurgerberaadAanmeldingen.AsNoTracking().Where(a => a.BeraadId == id).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(2, rijen.Count);
            Assert.Contains(rijen[0].Pseudoniem, bijgewerkt);
            Assert.Equal("huur", rijen[0].Antwoorden["woning"]);
            Assert.Equal("0612345678", rijen[0].Telefoon);
            Assert.Null(rijen[0].Email);
            Assert.Null(rijen[0].Beschikbaarheid);
            Assert.Equal(clock.GetUtcNow().UtcDateTime, rijen[0].GewijzigdOp, TimeSpan.FromSeconds(1));
        }

        // After the deadline the chat says registration has closed and asks nothing.
        // (A new conversation: the Direct Line token of the first one has expired by then.)
        clock.Advance(TimeSpan.FromDays(8));
        chat = await DirectLineClient.StartAsync(factory.CreateClient());
        var gesloten = Tekst(await chat.AskAsync($"burgerberaad {codes[2]}"));
        Assert.Contains("is gesloten", gesloten);
        Assert.DoesNotContain("Vraag 1", gesloten);
    }

    private static string Tekst(List<string> antwoorden) => string.Join("\n", antwoorden);

    private static object Q(string kenmerk, string waarde, int min, int max) => new { kenmerk, waarde, min, max };
}

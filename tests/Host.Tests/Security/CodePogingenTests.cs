using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Features.Chat;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// Wrong letter codes count against one budget for the public pages and the chat: per chat conversation, and per
/// client address across conversations and pages. A spent budget refuses every code attempt (also a right one) with
/// a clear message — in the chat as the bot's answer, on the page as a 429 ProblemDetails — never a crash.
/// </summary>
public sealed class CodePogingenTests
{
    [Fact]
    public async Task WrongCodes_InChatAndOnThePage_ShareOneBudget_PerConversationAndPerAddress()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", new Dictionary<string, string?>
        {
            ["Participatie:CodePogingen:PerGesprekPerUur"] = "2",
            ["Participatie:CodePogingen:PerAdresPerUur"] = "5",
        }, clock: clock);
        var (id, codes) = await BeraadMetCodesAsync(factory, clock);

        // Conversation A: two wrong burgerberaad codes are answered as usual; then its budget is spent, and even the
        // right code is refused, with the message — the conversation goes on.
        var a = await DirectLineClient.StartAsync(factory.CreateClient());
        await a.AskAsync("ik wil me aanmelden voor het burgerberaad");
        Assert.Contains("hoort bij geen enkel burgerberaad", Tekst(await a.AskAsync("ZZZZ-ZZZZ-ZZZZ")), StringComparison.Ordinal);
        // The dialog itself gives up after two wrong codes.
        Assert.Contains("Het lukt niet met deze code", Tekst(await a.AskAsync("ZZZZ-ZZZZ-ZZZY")), StringComparison.Ordinal);
        Assert.Contains("code op uw brief", Tekst(await a.AskAsync("ik wil me aanmelden voor het burgerberaad")), StringComparison.Ordinal);
        var geweigerd = Tekst(await a.AskAsync(codes[0]));
        Assert.Contains(CodePogingen.MeldingNl, geweigerd, StringComparison.Ordinal);
        Assert.DoesNotContain("Vraag 1", geweigerd, StringComparison.Ordinal);

        // Conversation B from the same address: a wrong buurtbudget voting code (third wrong code of this address).
        var b = await DirectLineClient.StartAsync(factory.CreateClient());
        await b.AskAsync("ik wil stemmen voor het buurtbudget");
        Assert.Contains("Met deze code kan ik nu nergens stemmen", Tekst(await b.AskAsync("ABCD-EFGH-JKMN")), StringComparison.Ordinal);

        // The page from the same address: the fourth and fifth wrong code are the usual 403 …
        var pagina = factory.CreateClient();
        Task<HttpResponseMessage> MeldAan(string code) => pagina.PostAsJsonAsync($"/api/burgerberaad/{id}/aanmelding", new
        {
            code, naam = "Anna de Vries", email = "anna@example.nl", antwoorden = new Dictionary<string, string> { ["geslacht"] = "vrouw", ["woning"] = "koop" },
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await MeldAan("ZZZZ-ZZZZ-ZZZX")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MeldAan("ZZZZ-ZZZZ-ZZZW")).StatusCode);

        // … and then the address's budget is spent: the right code is a 429 with the message, and nothing is stored.
        var teVeel = await MeldAan(codes[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, teVeel.StatusCode);
        Assert.Equal("application/problem+json", teVeel.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CodePogingen.MeldingNl, (await teVeel.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.BurgerberaadAanmeldingen.CountAsync(r => r.BeraadId == id));
        }

        // A fresh conversation from that address is refused too: the address counts across conversations.
        var c = await DirectLineClient.StartAsync(factory.CreateClient());
        await c.AskAsync("ik wil me aanmelden voor het burgerberaad");
        Assert.Contains(CodePogingen.MeldingNl, Tekst(await c.AskAsync(codes[2])), StringComparison.Ordinal);
    }

    private static async Task<(int Id, List<string> Codes)> BeraadMetCodesAsync(ParticipatieFactory factory, ManualClock clock)
    {
        var beleid = await factory.CreateStaffClientAsync("beleid");
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
        return (id, codes);
    }

    private static string Tekst(List<string> antwoorden) => string.Join("\n", antwoorden);

    private static object Q(string kenmerk, string waarde, int min, int max) => new { kenmerk, waarde, min, max };
}

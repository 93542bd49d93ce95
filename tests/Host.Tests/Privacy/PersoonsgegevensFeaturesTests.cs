using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Domain;
using Participatie.Host.Features.Privacy;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Host.Tests.Uitdaagrecht;
using static Participatie.Host.Tests.Buurtbudget.BuurtbudgetFasenTests;

namespace Participatie.Host.Tests.Privacy;

/// <summary>
/// Personal data held by features besides residents (docs/privacy.md): burgerberaad volunteers and their chat
/// transcripts, buurtbudget proposers, uitdaagrecht contacts. Each is found, exported and erased on request through
/// <c>/api/privacy/bewoners</c>, reading it is logged, and the retention job erases it on a manual clock exactly at the
/// end of its period, with an audit entry.
/// </summary>
public sealed class PersoonsgegevensFeaturesTests
{
    private static readonly string[] AndereRollen = ["wijkcoordinator", "corporatie", "afdeling", "beleid"];

    [Fact]
    public async Task Burgerberaad_VolunteersAndChatTranscripts_FoundAndExported_ThenErasedAYearAfterTheDraw_NotBefore()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var (id, chat, beleid) = await GeloteBeraadAsync(factory, clock, "Minder hitte in de straat");
        var beheer = await factory.CreateStaffClientAsync("beheer");

        // The chat registration records its conversation; the inzageverzoek finds the volunteer with it.
        await using (var db = await factory.CreateDbContextAsync())
        {
            var anna = await db.BurgerberaadAanmeldingen.AsNoTracking().SingleAsync(a => a.BeraadId == id && a.Naam == "Anna de Vries");
            Assert.Equal(new[] { chat.ConversationId }, anna.ConversationIds);
            Assert.True(await db.ChatActivities.AnyAsync(a => a.ConversationId == chat.ConversationId));
        }

        var treffer = Assert.Single((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=ANNA@example.nl"))!);
        Assert.Equal("burgerberaad-aanmelding", treffer["soort"]!.GetValue<string>());
        Assert.Null(treffer["id"]);
        var export = (await beheer.GetFromJsonAsync<JsonObject>(treffer["export"]!.GetValue<string>()))!;
        Assert.Equal("Anna de Vries", export["gegevens"]!["naam"]!.GetValue<string>());
        Assert.StartsWith("Kerkpad ", export["gegevens"]!["adres"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Anna de Vries", Assert.Single(export["gesprekken"]!.AsArray())!["berichten"]!.ToJsonString(), StringComparison.Ordinal);

        Beraad beraad;
        await using (var db = await factory.CreateDbContextAsync())
        {
            beraad = await db.Burgerberaden.AsNoTracking().SingleAsync(b => b.Id == id);
        }

        var bewaking = factory.Services.GetRequiredService<BewaartermijnBewaking>();
        clock.Advance(beraad.SelectieKlaarOp!.Value.AddDays(365).AddMinutes(-1) - clock.GetUtcNow().UtcDateTime);
        await bewaking.RunOnceAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(4, await db.BurgerberaadAanmeldingen.CountAsync(a => a.BeraadId == id && a.Naam != "[gewist]"));
            Assert.True(await db.ChatActivities.AnyAsync(a => a.ConversationId == chat.ConversationId));
            Assert.False(await db.PersoonsgegevensInzages.AnyAsync(l => l.Onderwerp == $"burgerberaad/{id}"));
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        await bewaking.RunOnceAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var aanmeldingen = await db.BurgerberaadAanmeldingen.AsNoTracking().Where(a => a.BeraadId == id).ToListAsync();
            Assert.All(aanmeldingen, a =>
            {
                Assert.Equal("[gewist]", a.Naam);
                Assert.Null(a.Email);
                Assert.Null(a.Telefoon);
                Assert.Null(a.Beschikbaarheid);
                Assert.Empty(a.ConversationIds);
                Assert.NotEmpty(a.Antwoorden);
            });
            Assert.All(await db.BurgerberaadAdressen.AsNoTracking().Where(a => a.BeraadId == id).ToListAsync(), a =>
            {
                Assert.Equal("[gewist]", a.Straat);
                Assert.Equal(4, a.Postcode.Length);
            });
            Assert.False(await db.ChatActivities.AnyAsync(a => a.ConversationId == chat.ConversationId));
            Assert.False(await db.BotState.AnyAsync(s => s.Key.Contains(chat.ConversationId)));
            var log = Assert.Single(await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Onderwerp == $"burgerberaad/{id}").ToListAsync());
            Assert.Equal((PersoonsgegevensInzage.Bewaartermijn, "systeem"), (log.Wat, log.Door));

            // The published, pseudonymous result stays as it was: the same respondents file, every volunteer still there by pseudonym.
            var na = await db.Burgerberaden.AsNoTracking().SingleAsync(b => b.Id == id);
            Assert.NotNull(na.RespondentenCsv);
            Assert.Equal(beraad.RespondentenCsv, na.RespondentenCsv);
            Assert.Equal(4, aanmeldingen.Count);
            Assert.All(aanmeldingen, a => Assert.Contains(a.Pseudoniem, na.RespondentenCsv!, StringComparison.Ordinal));
        }

        beheer = await factory.CreateStaffClientAsync("beheer");
        Assert.Empty((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=anna@example.nl"))!);

        // A second round has nothing left to erase and logs nothing.
        await bewaking.RunOnceAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.PersoonsgegevensInzages.CountAsync(l => l.Onderwerp == $"burgerberaad/{id}"));
        }
    }

    [Fact]
    public async Task Burgerberaad_ErasureByBeleid_AlsoErasesTheChatTranscripts_AndAVolunteerCanBeErasedOnRequest()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var (id, chat, beleid) = await GeloteBeraadAsync(factory, clock, "Een groener plein");
        var beheer = await factory.CreateStaffClientAsync("beheer");

        // One volunteer asks beheer to erase them: their registration and address, not the others'.
        var bea = Assert.Single((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=bea%40example.nl"))!);
        Assert.Equal(HttpStatusCode.NoContent, (await beheer.PostAsync(bea["wissen"]!.GetValue<string>(), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheer.PostAsync(bea["wissen"]!.GetValue<string>(), null)).StatusCode);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var rijen = await db.BurgerberaadAanmeldingen.AsNoTracking().Where(a => a.BeraadId == id).ToListAsync();
            Assert.Equal(4, rijen.Count);
            Assert.Equal(1, rijen.Count(a => a.Naam == "[gewist]"));
            Assert.True(await db.ChatActivities.AnyAsync(a => a.ConversationId == chat.ConversationId), "Anna's transcript is not Bea's");
            var log = await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Onderwerp == $"burgerberaad-aanmelding/{bea["recordId"]!.GetValue<int>()}").ToListAsync();
            Assert.Equal((PersoonsgegevensInzage.Wissen, "beheer"), (Assert.Single(log).Wat, log[0].Rollen));
        }

        var gewist = await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/persoonsgegevens/wissen", null);
        Assert.Equal(HttpStatusCode.OK, gewist.StatusCode);
        Assert.Equal(3, (await gewist.Content.ReadFromJsonAsync<JsonObject>())!["aanmeldingen"]!.GetValue<int>());
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.ChatActivities.AnyAsync(a => a.ConversationId == chat.ConversationId));
            Assert.False(await db.BotState.AnyAsync(s => s.Key.Contains(chat.ConversationId)));
            Assert.True(await db.BurgerberaadAanmeldingen.AllAsync(a => a.BeraadId != id || a.Naam == "[gewist]"));
            var log = Assert.Single(await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Onderwerp == $"burgerberaad/{id}").ToListAsync());
            Assert.Equal("beleid", log.Rollen);
        }
    }

    [Fact]
    public async Task Buurtbudget_ProposersContact_ReadIsLogged_InSearchExportAndErasure_ErasedAYearAfterTheRound()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var t0 = clock.GetUtcNow().UtcDateTime;
        var ronde = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", RondeMetFasen(await BuurtCodeAsync(factory), t0)))
            .Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        var rondeLog = $"buurtbudget-ronde/{ronde}";

        await VoegVoorstelToeAsync(factory, ronde, "Bankjes bij de vijver", null);
        Assert.Single((await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/buurtbudget/rondes/{ronde}/voorstellen"))!);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.PersoonsgegevensInzages.AnyAsync(l => l.Onderwerp == rondeLog), "no contact shown, nothing to log");
        }

        var metTelefoon = await VoegVoorstelToeAsync(factory, ronde, "Speeltuin opknappen", "06-12345678");
        var metEmail = await VoegVoorstelToeAsync(factory, ronde, "Moestuin voor de school", "piet@example.org");
        var zonder = (await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/buurtbudget/rondes/{ronde}/voorstellen"))!;
        Assert.All(zonder, v => Assert.Null(v["indienerContact"]));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.PersoonsgegevensInzages.AnyAsync(l => l.Onderwerp == rondeLog), "proposers not asked for, nothing shown, nothing to log");
        }

        var lijst = (await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/buurtbudget/rondes/{ronde}/voorstellen?indieners=true"))!;
        Assert.Contains(lijst, v => v["indienerContact"]?.GetValue<string>() == "06-12345678");
        await using (var db = await factory.CreateDbContextAsync())
        {
            var log = Assert.Single(await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Onderwerp == rondeLog).ToListAsync());
            Assert.Equal(("beleid", "beleid", "buurtbudget: contactgegevens indieners gelezen"), (log.Door, log.Rollen, log.Wat));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.CreateStaffClientAsync("afdeling")).GetAsync($"/api/buurtbudget/rondes/{ronde}/voorstellen")).StatusCode);

        // Inzageverzoek by phone number (digits only), then erasure on request.
        var treffer = Assert.Single((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=0612345678"))!);
        Assert.Equal(("buurtbudget-voorstel", metTelefoon), (treffer["soort"]!.GetValue<string>(), treffer["recordId"]!.GetValue<int>()));
        Assert.Equal("06-12345678", treffer["telefoon"]!.GetValue<string>());
        var export = (await beheer.GetFromJsonAsync<JsonObject>($"/api/privacy/bewoners/buurtbudget-voorstel/{metTelefoon}/export"))!;
        Assert.Equal("06-12345678", export["gegevens"]!["contact indiener"]!.GetValue<string>());
        Assert.Equal("Speeltuin opknappen", export["gegevens"]!["titel"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await beheer.PostAsync($"/api/privacy/bewoners/buurtbudget-voorstel/{metTelefoon}/wissen", null)).StatusCode);
        Assert.Empty((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=06 12 34 56 78"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await beheer.GetAsync("/api/privacy/bewoners/onbekend/1/export")).StatusCode);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var voorstel = await db.BuurtbudgetVoorstellen.AsNoTracking().SingleAsync(v => v.Id == metTelefoon);
            Assert.Null(voorstel.IndienerContact);
            Assert.Equal("Speeltuin opknappen", voorstel.Titel);
            var log = await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Onderwerp == $"buurtbudget-voorstel/{metTelefoon}").Select(l => l.Wat).ToListAsync();
            Assert.Equal([PersoonsgegevensInzage.Export, PersoonsgegevensInzage.Wissen], log.Order(StringComparer.Ordinal));
        }

        // Retention: the other proposer's e-mail stays until a year after the round is over, then goes.
        DateTime uitvoeringTot;
        await using (var db = await factory.CreateDbContextAsync())
        {
            uitvoeringTot = await db.BuurtbudgetRondes.Where(r => r.Id == ronde).Select(r => r.UitvoeringTot).SingleAsync();
        }

        var bewaking = factory.Services.GetRequiredService<BewaartermijnBewaking>();
        clock.Advance(uitvoeringTot.AddDays(365).AddMinutes(-1) - clock.GetUtcNow().UtcDateTime);
        await bewaking.RunOnceAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal("piet@example.org", await db.BuurtbudgetVoorstellen.Where(v => v.Id == metEmail).Select(v => v.IndienerContact).SingleAsync());
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        await bewaking.RunOnceAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Null(await db.BuurtbudgetVoorstellen.Where(v => v.Id == metEmail).Select(v => v.IndienerContact).SingleAsync());
            var log = Assert.Single(await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Onderwerp == $"buurtbudget-voorstel/{metEmail}").ToListAsync());
            Assert.Equal((PersoonsgegevensInzage.Bewaartermijn, "systeem"), (log.Wat, log.Door));
        }
    }

    [Fact]
    public async Task Uitdaagrecht_ContactReadIsLogged_ForRolesThatSeeIt_AndFoundExportedErasedOnRequest()
    {
        using var factory = new ParticipatieFactory();
        var bewoner = await DirectLineClient.StartAsync(factory.CreateClient());
        var (referentie, _) = await UitdaagrechtChat.DoeAsync(bewoner);
        int id;
        await using (var db = await factory.CreateDbContextAsync())
        {
            id = await db.UitdaagrechtVerzoeken.Where(v => v.Referentie == referentie).Select(v => v.Id).SingleAsync();
        }

        var onderwerp = $"uitdaagrecht/{id}";
        var wijk = await factory.CreateStaffClientAsync("wijkcoordinator");
        var lijst = (await wijk.GetFromJsonAsync<List<JsonObject>>("/api/uitdaagrecht"))!;
        Assert.Equal("anna@example.nl", lijst.Single(v => v["id"]!.GetValue<int>() == id)["contactEmail"]!.GetValue<string>());
        Assert.Null((await (await factory.CreateStaffClientAsync("beleid")).GetFromJsonAsync<JsonObject>($"/api/uitdaagrecht/{id}"))!["contactEmail"]);
        var afdeling = await factory.CreateStaffClientAsync("afdeling");
        Assert.Equal("anna@example.nl", (await afdeling.GetFromJsonAsync<JsonObject>($"/api/uitdaagrecht/{id}"))!["contactEmail"]!.GetValue<string>());
        await using (var db = await factory.CreateDbContextAsync())
        {
            var log = await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Wat.StartsWith("uitdaagrecht: contactgegevens gelezen")).ToListAsync();
            Assert.Equal(["afdeling", "wijkcoordinator"], log.Select(l => l.Rollen).Order(StringComparer.Ordinal));
            Assert.Equal(onderwerp, log.Single(l => l.Rollen == "afdeling").Onderwerp);
            Assert.Contains("(lijst, ", log.Single(l => l.Rollen == "wijkcoordinator").Wat, StringComparison.Ordinal);
        }

        var beheer = await factory.CreateStaffClientAsync("beheer");
        var treffer = Assert.Single((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=anna@example.nl"))!,
            t => t["soort"]!.GetValue<string>() == "uitdaagrecht");
        Assert.Equal(id, treffer["recordId"]!.GetValue<int>());
        var export = (await beheer.GetFromJsonAsync<JsonObject>($"/api/privacy/bewoners/uitdaagrecht/{id}/export"))!;
        Assert.Equal(referentie, export["gegevens"]!["referentie"]!.GetValue<string>());
        Assert.Equal("anna@example.nl", export["gegevens"]!["e-mail"]!.GetValue<string>());
        Assert.Contains("anna@example.nl", Assert.Single(export["gesprekken"]!.AsArray())!["berichten"]!.ToJsonString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await beheer.PostAsync($"/api/privacy/bewoners/uitdaagrecht/{id}/wissen", null)).StatusCode);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var verzoek = await db.UitdaagrechtVerzoeken.AsNoTracking().SingleAsync(v => v.Id == id);
            Assert.Equal(("[gewist]", null, null, null), (verzoek.ContactNaam, verzoek.ContactEmail, verzoek.ContactTelefoon, verzoek.ConversationId));
            Assert.False(await db.ChatActivities.AnyAsync(a => a.ConversationId == bewoner.ConversationId));
            Assert.False(await db.BotState.AnyAsync(s => s.Key.Contains(bewoner.ConversationId)));
            var log = await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Onderwerp == onderwerp && l.Door == "beheer").Select(l => l.Wat).ToListAsync();
            Assert.Contains(PersoonsgegevensInzage.Export, log);
            Assert.Contains(PersoonsgegevensInzage.Wissen, log);
        }

        Assert.DoesNotContain((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=anna@example.nl"))!,
            t => t["soort"]!.GetValue<string>() == "uitdaagrecht");

        // Nothing to log once the contact is gone.
        await afdeling.GetFromJsonAsync<JsonObject>($"/api/uitdaagrecht/{id}");
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.PersoonsgegevensInzages.CountAsync(l => l.Onderwerp == onderwerp && l.Rollen == "afdeling"));
        }
    }

    [Fact]
    public async Task Uitdaagrecht_Retention_AlsoErasesTheTranscript_AndLogsEachErasure()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var bewoner = await DirectLineClient.StartAsync(factory.CreateClient());
        var (referentie, _) = await UitdaagrechtChat.DoeAsync(bewoner, groep: "nog geen rechtsvorm", leden: "2", kosten: "weet ik niet");
        Assert.Contains("niet ontvankelijk", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(bewoner, factory)), StringComparison.Ordinal);
        int id;
        await using (var db = await factory.CreateDbContextAsync())
        {
            id = await db.UitdaagrechtVerzoeken.Where(v => v.Referentie == referentie).Select(v => v.Id).SingleAsync();
        }

        var bewaartermijn = factory.Services.GetRequiredService<Participatie.Host.Features.Uitdaagrecht.UitdaagrechtBewaartermijn>();
        clock.Advance(TimeSpan.FromDays(364));
        await bewaartermijn.RunOnceAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.True(await db.ChatActivities.AnyAsync(a => a.ConversationId == bewoner.ConversationId));
        }

        clock.Advance(TimeSpan.FromDays(2));
        await bewaartermijn.RunOnceAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Null(await db.UitdaagrechtVerzoeken.Where(v => v.Id == id).Select(v => v.ContactEmail).SingleAsync());
            Assert.False(await db.ChatActivities.AnyAsync(a => a.ConversationId == bewoner.ConversationId));
            Assert.False(await db.BotState.AnyAsync(s => s.Key.Contains(bewoner.ConversationId)));
            var log = Assert.Single(await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.Onderwerp == $"uitdaagrecht/{id}").ToListAsync());
            Assert.Equal((PersoonsgegevensInzage.Bewaartermijn, "systeem"), (log.Wat, log.Door));
        }
    }

    [Fact]
    public async Task OtherRoles_CannotExportOrEraseFeatureRecords()
    {
        using var factory = new ParticipatieFactory();
        foreach (var rol in AndereRollen)
        {
            var client = await factory.CreateStaffClientAsync(rol);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/privacy/bewoners?zoek=anna@example.nl")).StatusCode);
            foreach (var soort in new[] { "uitdaagrecht", "buurtbudget-voorstel", "burgerberaad-aanmelding" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/privacy/bewoners/{soort}/1/export")).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/privacy/bewoners/{soort}/1/wissen", null)).StatusCode);
            }
        }
    }

    private static async Task<int> VoegVoorstelToeAsync(ParticipatieFactory factory, int ronde, string titel, string? contact)
    {
        await using var db = await factory.CreateDbContextAsync();
        var voorstel = new BuurtbudgetVoorstel
        {
            RondeId = ronde, Titel = titel, Omschrijving = titel + " voor de hele buurt.", Kosten = 500m, Bron = BuurtbudgetVoorstelBron.Chat,
            IndienerContact = contact, IngediendOp = TimeProvider.System.GetUtcNow().UtcDateTime,
        };
        db.BuurtbudgetVoorstellen.Add(voorstel);
        await db.SaveChangesAsync();
        return voorstel.Id;
    }

    /// <summary>
    /// A beraad of two members and one reserve with four volunteers: Anna registers in the chat, Bea, Cor and Dirk on
    /// the page; the seed is announced, registration closes and the panel is drawn.
    /// </summary>
    private static async Task<(int Id, DirectLineClient Chat, HttpClient Beleid)> GeloteBeraadAsync(ParticipatieFactory factory, ManualClock clock, string thema)
    {
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        string buurtCode;
        await using (var db = await factory.CreateDbContextAsync())
        {
            buurtCode = await db.Buurten.OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
        }

        var aanmeldenTot = clock.GetUtcNow().UtcDateTime.AddDays(7);
        var aangemaakt = await beleid.PostAsJsonAsync("/api/burgerberaad/beraden", new
        {
            thema, gebiedCode = buurtCode, omvang = 2, reserves = 1, aanmeldenTot,
            quota = new[] { new { kenmerk = "geslacht", waarde = "vrouw", min = 1, max = 1 }, new { kenmerk = "geslacht", waarde = "man", min = 1, max = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var id = (await aangemaakt.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        var adressen = "postcode,huisnummer,toevoeging,straat,woonplaats\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"4321CD,{i},,Kerkpad,Maaswaarde\n"));
        Assert.Equal(HttpStatusCode.OK, (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/adressen", new StringContent(adressen, Encoding.UTF8, "text/csv"))).StatusCode);
        var codes = (await (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/uitnodigingen", new { aantal = 4, seed = 5 })).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')[^1]).ToList();
        Assert.Equal(HttpStatusCode.OK, (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/seed", new { seed = 77 })).StatusCode);

        var chat = await DirectLineClient.StartAsync(factory.CreateClient());
        await chat.AskAsync("ik wil me aanmelden voor het burgerberaad");
        Assert.Contains(thema, string.Join("\n", await chat.AskAsync(codes[0])));
        await chat.AskAsync("vrouw");
        await chat.AskAsync("dinsdagavond");
        await chat.AskAsync("Anna de Vries");
        await chat.AskAsync("anna@example.nl");
        Assert.Contains("U bent aangemeld", string.Join("\n", await chat.AskAsync("ja")));

        foreach (var (code, naam, geslacht) in new[] { (codes[1], "Bea Jansen", "vrouw"), (codes[2], "Cor Bakker", "man"), (codes[3], "Dirk Smit", "man") })
        {
            var pagina = await anoniem.PostAsJsonAsync($"/api/burgerberaad/{id}/aanmelding", new
            {
                code, naam, email = naam.Split(' ')[0].ToLowerInvariant() + "@example.nl", antwoorden = new { geslacht },
            });
            Assert.Equal(HttpStatusCode.Created, pagina.StatusCode);
        }

        clock.Advance(TimeSpan.FromDays(8));
        beleid = await factory.CreateStaffClientAsync("beleid"); // a new sign-in: the session of a week ago has expired
        Assert.Equal(HttpStatusCode.Accepted, (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/selectie", null)).StatusCode);
        var tot = TimeProvider.System.GetUtcNow().AddMinutes(3);
        while (true)
        {
            var status = (await beleid.GetFromJsonAsync<JsonObject>($"/api/burgerberaad/beraden/{id}"))!["selectieStatus"]!.GetValue<string>();
            if (status == "klaar")
            {
                break;
            }

            Assert.True(status != "mislukt" && TimeProvider.System.GetUtcNow() < tot, $"selection: {status}");
            await Task.Delay(100);
        }

        return (id, chat, beleid);
    }
}

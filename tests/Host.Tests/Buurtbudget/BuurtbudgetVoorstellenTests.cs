using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Bot.Diensten;
using Participatie.Host.Domain;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;
using static Participatie.Host.Tests.Buurtbudget.BuurtbudgetFasenTests;

namespace Participatie.Host.Tests.Buurtbudget;

/// <summary>
/// Proposals from the chat and from initiatives, judged by the eligibility rules with reasons; the feasibility review as
/// tasks in the inbox when the workflow enters the review phase; the ballot fixed from the reviewed proposals when voting
/// opens; and voting in the chat through the same service and storage as the voting page.
/// </summary>
public sealed class BuurtbudgetVoorstellenTests
{
    private sealed record Gebied(string BuurtCode, int BuurtId, string Postcode, string AnderePostcode);

    private static async Task<Gebied> GebiedAsync(ParticipatieFactory factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var code = await BuurtCodeAsync(factory);
        var buurt = await db.Buurten.SingleAsync(b => b.Code == code);
        var eigen = await db.BuurtPostcodes.Where(p => p.BuurtId == buurt.Id).Select(p => p.Postcode4).FirstAsync();
        var eigenAlle = await db.BuurtPostcodes.Where(p => p.BuurtId == buurt.Id).Select(p => p.Postcode4).ToListAsync();
        var ander = await db.BuurtPostcodes.Where(p => p.BuurtId != buurt.Id && !eigenAlle.Contains(p.Postcode4)).Select(p => p.Postcode4).FirstAsync();
        return new Gebied(code, buurt.Id, eigen, ander);
    }

    private static async Task<int> InitiatiefMetGeldvraagAsync(ParticipatieFactory factory, int buurtId, ManualClock clock)
    {
        await using var db = await factory.CreateDbContextAsync();
        var initiatief = new Initiatief
        {
            Referentie = "INI-TEST-0901", Titel = "Geveltuintjes in de hele straat", BuurtId = buurtId,
            Omschrijving = "Bewoners planten samen geveltuintjes langs de gevels, met buurtkinderen erbij.",
            GevraagdeHulp = ["geld", "materialen"], GevraagdBedrag = 750m, GeraamdBudget = 900m, IngediendOp = clock.GetUtcNow().UtcDateTime,
        };
        db.Initiatieven.Add(initiatief);
        await db.SaveChangesAsync();
        return initiatief.Id;
    }

    [Fact]
    public async Task Proposals_JudgedByRules_ReviewedAsTasks_AcceptedOnesOnTheBallot_ThenVotedInTheChat()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var chat = factory.Services.GetRequiredService<IBuurtbudgetDiensten>();
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var gebied = await GebiedAsync(factory);
        var t0 = clock.GetUtcNow().UtcDateTime;
        var id = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", RondeMetFasen(gebied.BuurtCode, t0)))
            .Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        var initiatiefId = await InitiatiefMetGeldvraagAsync(factory, gebied.BuurtId, clock);

        Task<BuurtbudgetVoorstelUitkomst> Stel(string titel, string omschrijving, decimal kosten, string plek) =>
            chat.DienVoorstelInAsync(new BuurtbudgetVoorstelAanvraag(id, titel, omschrijving, kosten, plek, null), default);

        // Before the proposal phase: refused, nothing stored.
        Assert.Empty(await chat.RondesVoorVoorstellenAsync(default));
        var teVroeg = await Stel("Bankjes", "Drie bankjes bij de vijver om even te zitten.", 400m, gebied.Postcode);
        Assert.False(teVroeg.Opgeslagen);
        Assert.Contains("neemt nu geen voorstellen aan", Assert.Single(teVroeg.Fouten));

        await NaarAsync(factory, clock, t0, 1.01);
        Assert.Equal(id, Assert.Single(await chat.RondesVoorVoorstellenAsync(default)).Id);
        var bankjes = await Stel("Bankjes bij de vijver", "Drie bankjes bij de vijver om even te zitten.", 400m, gebied.Postcode + " AB");
        var speeltuin = await Stel("Speeltuin opknappen", "Nieuwe schommels en een zandbak voor de kleintjes.", 600m, gebied.Postcode);
        var teDuur = await Stel("Nieuw plein", "Het hele plein opnieuw bestraten met groen erbij.", 5000m, gebied.Postcode);
        var elders = await Stel("Bloembakken", "Bloembakken langs de hoofdstraat, onderhouden door buren.", 300m, gebied.AnderePostcode);
        var commercieel = await Stel("Reclamezuil", "Een zuil met reclame voor mijn bedrijf en andere winkels.", 300m, gebied.Postcode);

        Assert.True(bankjes.Ontvankelijk, string.Join(" ", bankjes.Redenen));
        Assert.True(speeltuin.Ontvankelijk);
        Assert.All(new[] { teDuur, elders, commercieel }, u => Assert.True(u.Opgeslagen && !u.Ontvankelijk));
        Assert.Contains(teDuur.Redenen, r => r.Contains("hoger dan het hele budget", StringComparison.Ordinal));
        Assert.Contains(elders.Redenen, r => r.Contains("De plek ligt niet in", StringComparison.Ordinal));
        Assert.Contains(commercieel.Redenen, r => r.Contains("niet voor commerciële plannen", StringComparison.Ordinal));

        beleid = await factory.CreateStaffClientAsync("beleid"); // moving the clock a day expired the session
        // Staff are offered the initiative that asked for money, and put it on the list once.
        var kandidaten = (await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/buurtbudget/rondes/{id}/kandidaten"))!;
        Assert.Contains(kandidaten, k => k["id"]!.GetValue<int>() == initiatiefId);
        var opLijst = await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/voorstellen/initiatief", new { initiatiefId });
        Assert.Equal(HttpStatusCode.Created, opLijst.StatusCode);
        Assert.Equal("Ontvankelijk", (await opLijst.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        var nogmaals = await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/voorstellen/initiatief", new { initiatiefId });
        Assert.Equal(HttpStatusCode.BadRequest, nogmaals.StatusCode);
        Assert.Contains("staat al op de lijst", await nogmaals.Content.ReadAsStringAsync());
        Assert.DoesNotContain((await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/buurtbudget/rondes/{id}/kandidaten"))!, k => k["id"]!.GetValue<int>() == initiatiefId);

        // The review phase: one feasibility task per eligible proposal, for afdeling, due when the review ends.
        await NaarAsync(factory, clock, t0, 8.01);
        var afdeling = await factory.CreateStaffClientAsync("afdeling");
        var taken = (await afdeling.GetFromJsonAsync<List<JsonObject>>("/api/taken?status=Open"))!
            .Where(t => t["titel"]!.GetValue<string>().StartsWith("Haalbaarheid buurtbudgetvoorstel", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, taken.Count);
        Assert.All(taken, t => Assert.Equal(t0.AddDays(12), t["vervaldatum"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1)));
        JsonObject Taak(string titel) => taken.Single(t => t["titel"]!.GetValue<string>().EndsWith(titel, StringComparison.Ordinal));
        (await afdeling.PostAsJsonAsync($"/api/taken/{Taak("Bankjes bij de vijver")["id"]}/afronden", new { uitkomst = "haalbaar" })).EnsureSuccessStatusCode();
        (await afdeling.PostAsJsonAsync($"/api/taken/{Taak("Speeltuin opknappen")["id"]}/afronden",
            new { uitkomst = "niet-haalbaar", toelichting = "de grond is daar vervuild" })).EnsureSuccessStatusCode();
        // The initiative's review is not finished before voting opens.

        await NaarAsync(factory, clock, t0, 14.01);
        var ronde = (await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}"))!;
        Assert.Equal("Stemmen", ronde["fase"]!.GetValue<string>());
        var project = Assert.Single(ronde["projecten"]!.AsArray());
        Assert.Equal("Bankjes bij de vijver", project!["titel"]!.GetValue<string>());
        beleid = await factory.CreateStaffClientAsync("beleid");
        var voorstellen = (await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/buurtbudget/rondes/{id}/voorstellen"))!;
        string Status(string titel) => voorstellen.Single(v => v["titel"]!.GetValue<string>() == titel)["status"]!.GetValue<string>();
        Assert.Equal("OpStembiljet", Status("Bankjes bij de vijver"));
        Assert.Equal("NietHaalbaar", Status("Speeltuin opknappen"));
        Assert.Contains(voorstellen.Single(v => v["titel"]!.GetValue<string>() == "Speeltuin opknappen")["redenen"]!.AsArray(),
            r => r!.GetValue<string>().Contains("de grond is daar vervuild", StringComparison.Ordinal));
        Assert.Equal("NietBeoordeeld", Status("Geveltuintjes in de hele straat"));
        Assert.Equal("NietOntvankelijk", Status("Nieuw plein"));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(TaakStatus.Geannuleerd, await db.Taken.Where(t => t.Titel.EndsWith("Geveltuintjes in de hele straat")).Select(t => t.Status).SingleAsync());
        }

        // Voting in the chat: the code finds the round; a ballot from the chat and one from the page replace each other.
        var codes = (await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 2 })).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var biljet = await chat.StembiljetAsync(codes[0].ToLowerInvariant(), default);
        Assert.NotNull(biljet);
        Assert.Equal(id, biljet.RondeId);
        Assert.Null(await chat.StembiljetAsync("AAAA-BBBB-CCCC", default));
        Assert.Contains("niet op het stembiljet", Assert.Single(await chat.ControleerAsync(id, ["7"], default)));
        Assert.Equal(BuurtbudgetStemResultaat.Geteld, await chat.StemAsync(id, codes[0], ["1"], null, default));
        var opPagina = await factory.CreateClient().PostAsJsonAsync($"/api/buurtbudget/{id}/stem", new { code = codes[0], projecten = new[] { "1" } });
        Assert.Equal("vervangen", (await opPagina.Content.ReadFromJsonAsync<JsonObject>())!["uitkomst"]!.GetValue<string>());
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.Stembiljetten.CountAsync(b => b.RondeId == id));
        }
    }

    [Fact]
    public async Task LifecycleWithoutReview_PutsEveryEligibleProposalOnTheBallot()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        await GeenBeoordelingAsync(factory.Services.GetRequiredService<WorkflowEngine>());
        var chat = factory.Services.GetRequiredService<IBuurtbudgetDiensten>();
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var gebied = await GebiedAsync(factory);
        var t0 = clock.GetUtcNow().UtcDateTime;
        var id = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", RondeMetFasen(gebied.BuurtCode, t0)))
            .Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        await NaarAsync(factory, clock, t0, 1.01);
        await chat.DienVoorstelInAsync(new BuurtbudgetVoorstelAanvraag(id, "Bankjes bij de vijver", "Drie bankjes bij de vijver om even te zitten.", 400m, gebied.Postcode, null), default);
        await chat.DienVoorstelInAsync(new BuurtbudgetVoorstelAanvraag(id, "Nieuw plein", "Het hele plein opnieuw bestraten met groen erbij.", 5000m, gebied.Postcode, null), default);

        await NaarAsync(factory, clock, t0, 8.01);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.Taken.AnyAsync(t => t.Titel.StartsWith("Haalbaarheid buurtbudgetvoorstel")));
        }

        await NaarAsync(factory, clock, t0, 14.01);
        var ronde = (await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}"))!;
        Assert.Equal(["Bankjes bij de vijver"], ronde["projecten"]!.AsArray().Select(p => p!["titel"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ProposalInTheChat_EndToEnd_OverDirectLine()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var gebied = await GebiedAsync(factory);
        var t0 = clock.GetUtcNow().UtcDateTime;
        var id = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", RondeMetFasen(gebied.BuurtCode, t0.AddDays(-1.5))))
            .Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        var bewoner = await DirectLineClient.StartAsync(factory.CreateClient());
        async Task Antwoord(string tekst, string verwacht)
        {
            var antwoorden = await bewoner.AskAsync(tekst);
            Assert.True(antwoorden.Any(r => r.Contains(verwacht, StringComparison.Ordinal)), $"'{tekst}' → {string.Join(" | ", antwoorden)}");
        }

        await Antwoord("Ik heb een voorstel voor het buurtbudget", "Hoe heet uw voorstel");
        await Antwoord("Bankjes bij de vijver", "Beschrijf uw voorstel");
        await Antwoord("Drie bankjes bij de vijver, zodat ouderen even kunnen zitten.", "Wat kost het");
        await Antwoord("€ 800", "Waar in de buurt");
        await Antwoord($"bij de vijver, {gebied.Postcode} AB", "e-mailadres");
        await Antwoord("bewoner@example.org", "Zal ik het indienen");
        await Antwoord("ja", "voldoet aan de voorwaarden");

        Assert.Null(Assert.Single((await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/buurtbudget/rondes/{id}/voorstellen"))!)["indienerContact"]);
        var voorstel = Assert.Single((await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/buurtbudget/rondes/{id}/voorstellen?indieners=true"))!);
        Assert.Equal(800m, voorstel["kosten"]!.GetValue<decimal>());
        Assert.Equal("bewoner@example.org", voorstel["indienerContact"]!.GetValue<string>());
        Assert.Equal("Chat", voorstel["bron"]!.GetValue<string>());
    }
}

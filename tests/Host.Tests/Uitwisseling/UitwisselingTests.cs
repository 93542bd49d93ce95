using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Domain;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Host.Tests.Uitdaagrecht;

namespace Participatie.Host.Tests.Uitwisseling;

/// <summary>
/// Exchange between initiatives: similar initiatives from other wijken ranked and explained, contact details shared
/// only after both initiators consented in their own chats (and never after a withdrawal or to a third party), and
/// invitations to an uitwisselmoment that reach the initiators of that theme only, minus those who opted out.
/// </summary>
public sealed class UitwisselingTests
{
    private static readonly DateTimeOffset Maandag = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Similar_RanksTheSameThemeSimilarTextFirst_FromOtherWijkenOnly_AndExplainsIt()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Maandag));
        var (wijkA, wijkB) = await TweeWijkenAsync(factory);
        var bron = await InitiatiefAsync(factory, wijkA, "Voedselbos met permacultuur", "Een voedselbos aanleggen met fruitbomen en permacultuur op het grasveld.", Thema.Groen);
        var gelijk = await InitiatiefAsync(factory, wijkB, "Permacultuur voedselbos", "Wij planten een voedselbos met fruitbomen volgens permacultuur.", Thema.Groen);
        var anderThema = await InitiatiefAsync(factory, wijkB, "Lessen over permacultuur", "Cursus permacultuur en voedselbos voor kinderen.", Thema.Cultuur);
        var zelfdeWijk = await InitiatiefAsync(factory, wijkA, "Voedselbos permacultuur fruitbomen", "Een voedselbos met fruitbomen en permacultuur.", Thema.Groen);
        var wijkcoordinator = await factory.CreateStaffClientAsync("beleid");

        var lijst = (await wijkcoordinator.GetFromJsonAsync<List<JsonObject>>($"/api/uitwisseling/initiatieven/{bron.Id}/vergelijkbaar"))!;

        Assert.Equal(gelijk.Id, lijst[0]["initiatiefId"]!.GetValue<int>());
        Assert.True(lijst[0]["zelfdeThema"]!.GetValue<bool>());
        var woorden = lijst[0]["gedeeldeWoorden"]!.AsArray().Select(w => w!.GetValue<string>()).ToList();
        Assert.Contains("permacultuur", woorden);
        Assert.Contains("voedselbo", woorden.Select(w => w[..Math.Min(9, w.Length)]));
        Assert.Contains("zelfde thema (Groen)", lijst[0]["uitleg"]!.GetValue<string>(), StringComparison.Ordinal);
        var tweede = lijst.FindIndex(m => m["initiatiefId"]!.GetValue<int>() == anderThema.Id);
        Assert.True(tweede > 0, "the other theme with similar words is listed after the same theme");
        Assert.False(lijst[tweede]["zelfdeThema"]!.GetValue<bool>());
        Assert.True(lijst[0]["score"]!.GetValue<double>() > lijst[tweede]["score"]!.GetValue<double>());
        Assert.DoesNotContain(lijst, m => m["initiatiefId"]!.GetValue<int>() == zelfdeWijk.Id);
    }

    [Fact]
    public async Task Contact_IsSharedOnlyAfterBothSayYes_EachToTheOther()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Maandag));
        var (wijkA, wijkB) = await TweeWijkenAsync(factory);
        var anna = await DirectLineClient.StartAsync(factory.CreateClient());
        var bram = await DirectLineClient.StartAsync(factory.CreateClient());
        var derde = await DirectLineClient.StartAsync(factory.CreateClient());
        await InitiatiefAsync(factory, wijkA, "Voedselbos met permacultuur", "Een voedselbos met fruitbomen en permacultuur.", Thema.Groen, anna.ConversationId, "Anna", "anna@example.nl");
        await InitiatiefAsync(factory, wijkB, "Permacultuur voedselbos", "Wij planten een voedselbos met fruitbomen volgens permacultuur.", Thema.Groen, bram.ConversationId, "Bram", "bram@example.nl");
        await anna.PollAsync();

        var lijst = string.Join("\n", await anna.AskAsync("zijn er vergelijkbare initiatieven?"));
        Assert.Contains("Permacultuur voedselbos", lijst, StringComparison.Ordinal);
        Assert.Contains("Zelfde thema: groen", lijst, StringComparison.Ordinal);
        Assert.Contains("permacultuur", lijst, StringComparison.Ordinal);
        var toestemming = string.Join("\n", await anna.AskAsync("1"));
        Assert.Contains("Alleen als u allebei ja zegt", toestemming, StringComparison.Ordinal);
        var gevraagd = string.Join("\n", await anna.AskAsync("ja"));
        Assert.Contains("toestemming is vastgelegd", gevraagd, StringComparison.Ordinal);

        await using (var db = await factory.CreateDbContextAsync())
        {
            var verzoek = await db.ContactVerzoeken.SingleAsync();
            Assert.Equal(ContactVerzoekStatus.WachtOpAnder, verzoek.Status);
            Assert.Equal(Maandag.UtcDateTime, verzoek.ToestemmingVanOp);
            Assert.Null(verzoek.ToestemmingNaarOp);
        }

        var vraag = string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(bram, factory));
        var code = System.Text.RegularExpressions.Regex.Match(vraag, @"CV-\d+").Value;
        Assert.NotEmpty(code);
        Assert.DoesNotContain("anna@example.nl", vraag, StringComparison.Ordinal);
        Assert.DoesNotContain("bram@example.nl", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(anna, factory)), StringComparison.Ordinal);

        // Someone else cannot answer for Bram.
        var ander = string.Join("\n", await derde.AskAsync("ja " + code));
        Assert.Contains("ken dat contactverzoek niet", ander, StringComparison.Ordinal);
        Assert.DoesNotContain("anna@example.nl", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(derde, factory)), StringComparison.Ordinal);

        var ja = string.Join("\n", await bram.AskAsync("ja " + code));
        Assert.Contains("allebei ja", ja, StringComparison.Ordinal);
        Assert.Contains("anna@example.nl", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(bram, factory)), StringComparison.Ordinal);
        Assert.Contains("bram@example.nl", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(anna, factory)), StringComparison.Ordinal);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var verzoek = await db.ContactVerzoeken.SingleAsync();
            Assert.Equal(ContactVerzoekStatus.Gedeeld, verzoek.Status);
            Assert.NotNull(verzoek.ToestemmingNaarOp);
        }

        // Staff see the request and its times, never the details.
        var staff = await factory.CreateStaffClientAsync("beleid");
        var overzicht = await staff.GetStringAsync("/api/uitwisseling/contactverzoeken");
        Assert.Contains("Gedeeld", overzicht, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.nl", overzicht, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_WithdrawnOrDeclined_SharesNothing()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Maandag));
        var (wijkA, wijkB) = await TweeWijkenAsync(factory);
        var anna = await DirectLineClient.StartAsync(factory.CreateClient());
        var bram = await DirectLineClient.StartAsync(factory.CreateClient());
        await InitiatiefAsync(factory, wijkA, "Voedselbos met permacultuur", "Een voedselbos met fruitbomen en permacultuur.", Thema.Groen, anna.ConversationId, "Anna", "anna@example.nl");
        await InitiatiefAsync(factory, wijkB, "Permacultuur voedselbos", "Wij planten een voedselbos met fruitbomen volgens permacultuur.", Thema.Groen, bram.ConversationId, "Bram", "bram@example.nl");
        await anna.PollAsync();
        await anna.AskAsync("zijn er vergelijkbare initiatieven?");
        await anna.AskAsync("1");
        await anna.AskAsync("ja");
        var code = System.Text.RegularExpressions.Regex.Match(string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(bram, factory)), @"CV-\d+").Value;

        var ingetrokken = string.Join("\n", await anna.AskAsync($"ik trek mijn toestemming in voor {code}"));
        var laat = string.Join("\n", await bram.AskAsync("ja " + code));

        Assert.Contains("toestemming is ingetrokken", ingetrokken, StringComparison.Ordinal);
        Assert.Contains("al beantwoord of ingetrokken", laat, StringComparison.Ordinal);
        Assert.DoesNotContain("anna@example.nl", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(bram, factory)), StringComparison.Ordinal);
        Assert.DoesNotContain("bram@example.nl", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(anna, factory)), StringComparison.Ordinal);
        await using var db = await factory.CreateDbContextAsync();
        var verzoek = await db.ContactVerzoeken.SingleAsync();
        Assert.Equal(ContactVerzoekStatus.Ingetrokken, verzoek.Status);
        Assert.Equal("aanvrager", verzoek.IngetrokkenDoor);
        Assert.Null(verzoek.GedeeldOp);
    }

    [Fact]
    public async Task Uitwisselmoment_InvitesTheInitiatorsOfThatThemeOnly_NotThoseWhoOptedOut()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Maandag));
        var (wijkA, wijkB) = await TweeWijkenAsync(factory);
        var groen1 = await DirectLineClient.StartAsync(factory.CreateClient());
        var groen2 = await DirectLineClient.StartAsync(factory.CreateClient());
        var afgemeld = await DirectLineClient.StartAsync(factory.CreateClient());
        var sport = await DirectLineClient.StartAsync(factory.CreateClient());
        await InitiatiefAsync(factory, wijkA, "Geveltuinen", "Geveltuinen in de straat.", Thema.Groen, groen1.ConversationId, "A", "a@example.nl");
        await InitiatiefAsync(factory, wijkB, "Boomspiegels", "Boomspiegels beplanten.", Thema.Groen, groen2.ConversationId, "B", "b@example.nl");
        await InitiatiefAsync(factory, wijkB, "Bloembakken", "Bloembakken ophangen.", Thema.Groen, afgemeld.ConversationId, "C", "c@example.nl");
        await InitiatiefAsync(factory, wijkA, "Sportdag", "Een sportdag op het veld.", Thema.Sport, sport.ConversationId, "D", "d@example.nl");
        await afgemeld.PollAsync();
        Assert.Contains("afgemeld", string.Join("\n", await afgemeld.AskAsync("afmelden uitwisseling")), StringComparison.Ordinal);
        var staff = await factory.CreateStaffClientAsync("wijkcoordinator");

        var zonderPlaats = await staff.PostAsJsonAsync("/api/uitwisseling/momenten", new { thema = "Groen", datum = Maandag.AddDays(20) });
        var gepland = await staff.PostAsJsonAsync("/api/uitwisseling/momenten",
            new { thema = "Groen", datum = Maandag.AddDays(20).AddHours(10), plaats = "Wijkcentrum De Kolk", omschrijving = "Koffie en ervaringen delen." });

        Assert.Equal(HttpStatusCode.BadRequest, zonderPlaats.StatusCode);
        Assert.Equal(HttpStatusCode.Created, gepland.StatusCode);
        Assert.Contains("Wijkcentrum De Kolk", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(groen1, factory)), StringComparison.Ordinal);
        Assert.Contains("Wijkcentrum De Kolk", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(groen2, factory)), StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkcentrum De Kolk", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(afgemeld, factory)), StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkcentrum De Kolk", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(sport, factory)), StringComparison.Ordinal);
        var moment = (await gepland.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, moment["uitgenodigd"]!.GetValue<int>());
    }

    internal static async Task<(int WijkA, int WijkB)> TweeWijkenAsync(ParticipatieFactory factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var buurten = await db.Buurten.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Id, b.WijkId }).ToListAsync();
        var a = buurten[0];
        var b = buurten.First(x => x.WijkId != a.WijkId);
        return (a.Id, b.Id);
    }

    internal static async Task<Initiatief> InitiatiefAsync(ParticipatieFactory factory, int buurtId, string titel, string omschrijving, Thema thema,
        string? conversationId = null, string? naam = null, string? email = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        var nu = factory.HostClock.GetUtcNow().UtcDateTime;
        var initiatief = new Initiatief
        {
            Referentie = "TEST-" + Guid.NewGuid().ToString("N")[..10],
            Titel = titel,
            Omschrijving = omschrijving,
            BuurtId = buurtId,
            Thema = thema,
            IngediendOp = nu,
            Status = InitiatiefStatus.InBehandeling,
            ConversationId = conversationId,
            Bewoner = naam is null ? null : new Bewoner { Naam = naam, Email = email, AangemaaktOp = nu },
        };
        db.Initiatieven.Add(initiatief);
        await db.SaveChangesAsync();
        return initiatief;
    }
}

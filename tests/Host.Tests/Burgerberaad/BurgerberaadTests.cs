using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Burgerberaad.Cli;
using Participatie.Burgerberaad.Lottery;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Burgerberaad;

/// <summary>
/// A burgerberaad from set-up to published result: beleid creates it and takes the quota proposal from the CBS
/// figures, imports addresses (a bad line refuses the whole file), draws the invitations with a seed, residents
/// register with the codes from their letters, the seed is announced while registration is open, the selection runs in
/// the background after it closes, and anyone can re-run the draw from the published files. Dates come from the host's
/// clock, moved by hand.
/// </summary>
public sealed class BurgerberaadTests
{
    private const long UitnodigingSeed = 2027;
    private const long TrekkingSeed = 424242;

    [Fact]
    public async Task Beraad_FromQuotasToPublishedPanel_CanBeReRunFromTheExports()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        string wijkCode;
        List<(string Naam, int? Inwoners)> buurten;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var wijk = await db.Wijken.Include(w => w.Buurten).Where(w => w.Buurten.Count(b => b.Inwoners > 0) > 1).OrderBy(w => w.Code).FirstAsync();
            wijkCode = wijk.Code;
            buurten = wijk.Buurten.Select(b => (b.Naam, b.Inwoners)).ToList();
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.CreateStaffClientAsync("wijkcoordinator")).PostAsJsonAsync("/api/burgerberaad/beraden", new { })).StatusCode);
        var fout = await beleid.PostAsJsonAsync("/api/burgerberaad/beraden", new { thema = "", gebiedCode = "WK9999", omvang = 0, reserves = 1, aanmeldenTot = clock.GetUtcNow().UtcDateTime.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        var fouten = (await fout.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["aanmeldenTot", "gebiedCode", "omvang", "thema"], fouten.Select(f => f.Key).Order(StringComparer.Ordinal));

        var aanmeldenTot = clock.GetUtcNow().UtcDateTime.AddDays(14);
        var aangemaakt = await beleid.PostAsJsonAsync("/api/burgerberaad/beraden", new
        {
            thema = "Hoe maken we de wijk klimaatbestendig?", gebiedCode = wijkCode, omvang = 4, reserves = 2, aanmeldenTot,
        });
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var id = (await aangemaakt.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        // The proposal: seats per buurt in proportion to its inhabitants, and education and renting from the CBS
        // shares; age, sex and earlier involvement are not in the buurt data and must be entered by hand.
        var voorstel = (await (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/quota/voorstel", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var voorgesteld = voorstel["quota"]!.AsArray().Select(q => (Kenmerk: q!["kenmerk"]!.GetValue<string>(), Waarde: q["waarde"]!.GetValue<string>(),
            Min: q["min"]!.GetValue<int>(), Max: q["max"]!.GetValue<int>())).ToList();
        Assert.Equal(["buurt", "opleiding", "woning"], voorgesteld.Select(q => q.Kenmerk).Distinct());
        var inwoners = buurten.Where(b => b.Inwoners > 0).Sum(b => b.Inwoners!.Value);
        foreach (var (naam, aantal) in buurten.Where(b => b.Inwoners > 0))
        {
            var q = voorgesteld.Single(x => x.Kenmerk == "buurt" && x.Waarde == naam);
            var verwacht = 4.0 * aantal!.Value / inwoners;
            Assert.InRange(verwacht, q.Min, q.Max);
            Assert.True(q.Max - q.Min <= 1);
        }

        foreach (var kenmerk in voorgesteld.GroupBy(q => q.Kenmerk))
        {
            Assert.InRange(4, kenmerk.Sum(q => q.Min), kenmerk.Sum(q => q.Max));
        }

        Assert.Contains(voorstel["handmatig"]!.AsArray(), h => h!["kenmerk"]!.GetValue<string>() == "leeftijd");
        Assert.Contains(voorstel["handmatig"]!.AsArray(), h => h!["kenmerk"]!.GetValue<string>() == "eerder betrokken");

        // Quotas entered by hand, first wrong: located errors per line and per feature, nothing stored.
        var slecht = await beleid.PutAsJsonAsync($"/api/burgerberaad/beraden/{id}/quota", new
        {
            quota = new[] { Q("geslacht", "vrouw", 3, 2), Q("geslacht", "man", 3, 4), Q("leeftijd", "jong", 0, 1), Q("leeftijd", "oud", 0, 1) },
        });
        Assert.Equal(HttpStatusCode.BadRequest, slecht.StatusCode);
        var slechtFouten = (await slecht.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Contains("min 3 is groter dan max 2", slechtFouten["quota[0]"]![0]!.GetValue<string>());
        Assert.Contains("minima tellen op tot 6, meer dan de omvang 4", slechtFouten["kenmerk:geslacht"]![0]!.GetValue<string>());
        Assert.Contains("maxima tellen op tot 2, minder dan de omvang 4", slechtFouten["kenmerk:leeftijd"]![0]!.GetValue<string>());

        var quota = new[] { Q("geslacht", "vrouw", 2, 2), Q("geslacht", "man", 2, 2), Q("leeftijd", "16-39", 1, 3), Q("leeftijd", "40+", 1, 3) };
        Assert.Equal(HttpStatusCode.OK, (await beleid.PutAsJsonAsync($"/api/burgerberaad/beraden/{id}/quota", new { quota })).StatusCode);

        // Addresses: a bad line refuses the whole file, with the line and column named.
        var kop = "postcode;huisnummer;toevoeging;straat;woonplaats\n";
        var metFout = kop + "1234 AB;1;;Dorpsstraat;Maaswaarde\n1234AB;twee;;Dorpsstraat;Maaswaarde\n";
        var geweigerd = await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/adressen", new StringContent(metFout, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.StatusCode);
        Assert.Contains("Regel 3, kolom huisnummer: 'twee'", await geweigerd.Content.ReadAsStringAsync());
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.BurgerberaadAdressen.CountAsync(a => a.BeraadId == id));
        }

        var adressen = kop + string.Concat(Enumerable.Range(1, 30).Select(i => $"{1234 + i % 3} AB;{i};{(i % 5 == 0 ? "A" : "")};\"Lange Laan, oost\";Maaswaarde\n"));
        var geimporteerd = await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/adressen", new StringContent(adressen, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, geimporteerd.StatusCode);
        Assert.Equal(30, (await geimporteerd.Content.ReadFromJsonAsync<JsonObject>())!["adressen"]!.GetValue<int>());

        // Invitations: 16 addresses drawn with the seed by the documented stream; the letters with codes come once.
        var brieven = await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/uitnodigingen", new { aantal = 16, seed = UitnodigingSeed });
        Assert.Equal(HttpStatusCode.OK, brieven.StatusCode);
        Assert.Equal("no-store", brieven.Headers.CacheControl!.ToString());
        var regels = (await brieven.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("postcode,huisnummer,toevoeging,straat,woonplaats,code", regels[0]);
        var letters = regels.Skip(1).Select(r => r.Split(',')).Select(v => (Adres: $"{v[0]} {v[1]}{v[2]}", Code: v[^1])).ToList();
        Assert.Equal(VerwachteSteekproef(16, UitnodigingSeed), letters.Select(l => l.Adres));
        Assert.Contains("\"Lange Laan, oost\"", regels[1]);
        Assert.All(letters, l => Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", l.Code));
        Assert.Equal(HttpStatusCode.Conflict, (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/uitnodigingen", new { aantal = 16, seed = 1 })).StatusCode);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var hashes = await db.BurgerberaadAdressen.Where(a => a.BeraadId == id && a.CodeHash != null).Select(a => a.CodeHash!).ToListAsync();
            Assert.Equal(16, hashes.Count);
            Assert.DoesNotContain(hashes, h => letters.Any(l => h.Contains(l.Code.Replace("-", ""), StringComparison.OrdinalIgnoreCase)));
        }

        // Registration: 12 residents; a wrong code is refused, a second use of a code updates.
        var publiek = (await anoniem.GetFromJsonAsync<JsonObject>($"/api/burgerberaad/{id}"))!;
        Assert.Equal(["geslacht", "leeftijd"], publiek["kenmerken"]!.AsArray().Select(k => k!["naam"]!.GetValue<string>()));
        Task<HttpResponseMessage> MeldAan(string code, string naam, string geslacht, string leeftijd) =>
            anoniem.PostAsJsonAsync($"/api/burgerberaad/{id}/aanmelding", new
            {
                code, naam, email = $"{naam.ToLowerInvariant().Replace(' ', '.')}@example.org",
                antwoorden = new Dictionary<string, string> { ["geslacht"] = geslacht, ["leeftijd"] = leeftijd }, beschikbaarheid = "doordeweeks 's avonds",
            });

        Assert.Equal(HttpStatusCode.Forbidden, (await MeldAan("AAAA-BBBB-CCCC", "Iemand", "vrouw", "40+")).StatusCode);
        var zonderAntwoord = await anoniem.PostAsJsonAsync($"/api/burgerberaad/{id}/aanmelding", new { code = letters[0].Code, naam = "Ans", email = "ans@example.org", antwoorden = new { geslacht = "vrouw" } });
        Assert.Equal(HttpStatusCode.BadRequest, zonderAntwoord.StatusCode);
        Assert.Contains("antwoorden.leeftijd", await zonderAntwoord.Content.ReadAsStringAsync());

        var pseudoniemen = new Dictionary<string, string>();
        for (var i = 0; i < 12; i++)
        {
            var naam = $"Bewoner {i:00}";
            var antwoord = await MeldAan(letters[i].Code.ToLowerInvariant().Replace("-", " "), naam, i % 3 == 0 ? "man" : "vrouw", i % 2 == 0 ? "16-39" : "40+");
            Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
            pseudoniemen[naam] = (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["pseudoniem"]!.GetValue<string>();
        }

        var bijgewerkt = await MeldAan(letters[1].Code, "Bewoner 01", "man", "40+");
        Assert.Equal(HttpStatusCode.OK, bijgewerkt.StatusCode);
        var bijgewerktJson = (await bijgewerkt.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("bijgewerkt", bijgewerktJson["uitkomst"]!.GetValue<string>());
        Assert.Equal(pseudoniemen["Bewoner 01"], bijgewerktJson["pseudoniem"]!.GetValue<string>());

        // The seed: the draw refuses without it; it is announced while registration is open, once.
        Assert.Equal(HttpStatusCode.Conflict, (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/selectie", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/seed", new { seed = TrekkingSeed })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/seed", new { seed = 7 })).StatusCode);
        Assert.Equal(TrekkingSeed, (await anoniem.GetFromJsonAsync<JsonObject>($"/api/burgerberaad/{id}"))!["seed"]!.GetValue<long>());
        var nogOpen = await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/selectie", null);
        Assert.Equal(HttpStatusCode.Conflict, nogOpen.StatusCode);
        Assert.Contains("Het aanmelden loopt tot", await nogOpen.Content.ReadAsStringAsync());

        clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        beleid = await factory.CreateStaffClientAsync("beleid");
        Assert.Equal(HttpStatusCode.Conflict, (await MeldAan(letters[12].Code, "Te laat", "man", "40+")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await anoniem.GetAsync($"/api/burgerberaad/{id}/uitslag")).StatusCode);

        var gevraagd = await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/selectie", null);
        Assert.Equal(HttpStatusCode.Accepted, gevraagd.StatusCode);
        Assert.Contains((await gevraagd.Content.ReadFromJsonAsync<JsonObject>())!["selectieStatus"]!.GetValue<string>(), new[] { "in-wachtrij", "bezig", "klaar" });
        var beraad = await WachtOpSelectieAsync(beleid, id);
        Assert.Equal("klaar", beraad["selectieStatus"]!.GetValue<string>());
        Assert.Equal("geloot", beraad["fase"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/selectie", null)).StatusCode);

        // The public result: pseudonyms only, quotas met, probabilities adding up to the panel size.
        var uitslagTekst = await anoniem.GetStringAsync($"/api/burgerberaad/{id}/uitslag");
        Assert.DoesNotContain("Bewoner", uitslagTekst);
        Assert.DoesNotContain("example.org", uitslagTekst);
        var uitslag = JsonNode.Parse(uitslagTekst)!.AsObject();
        Assert.Equal(TrekkingSeed, uitslag["seed"]!.GetValue<long>());
        Assert.Equal(12, uitslag["aanmeldingen"]!.GetValue<int>());
        foreach (var q in uitslag["quota"]!.AsArray())
        {
            Assert.InRange(q!["zetels"]!.GetValue<int>(), q["min"]!.GetValue<int>(), q["max"]!.GetValue<int>());
        }

        var kansen = uitslag["kansen"]!.AsArray().Select(k => (Id: k!["id"]!.GetValue<string>(), Kans: k["kans"]!.GetValue<double>(), Uitkomst: k["uitkomst"]!.GetValue<string>())).ToList();
        Assert.Equal(pseudoniemen.Values.Order(StringComparer.Ordinal), kansen.Select(k => k.Id));
        Assert.Equal(4.0, kansen.Sum(k => k.Kans), 4);
        Assert.Equal(kansen.Where(k => k.Kans > 0).Min(k => k.Kans), uitslag["minKans"]!.GetValue<double>(), 6);
        var panel = kansen.Where(k => k.Uitkomst == "lid").Select(k => k.Id).ToList();
        Assert.Equal(4, panel.Count);
        Assert.Equal(2, kansen.Count(k => k.Uitkomst == "reserve"));

        // Anyone re-runs the draw with the published files and seed, as the Host CLI does, and gets the same panel.
        var categories = await anoniem.GetStringAsync($"/api/burgerberaad/{id}/categories.csv");
        var respondents = await anoniem.GetStringAsync($"/api/burgerberaad/{id}/respondents.csv");
        Assert.DoesNotContain("Bewoner", respondents);
        Assert.DoesNotContain("@", respondents);
        Assert.Contains($"{pseudoniemen["Bewoner 01"]},man,40+", respondents); // the second registration with that code updated the answers
        var opnieuw = SelectCommand.Run(new StringReader(categories), new StringReader(respondents), 4, TrekkingSeed);
        Assert.True(opnieuw.Succeeded, string.Join("\n", opnieuw.Diagnostics));
        Assert.Equal(panel.Order(StringComparer.Ordinal), opnieuw.Drawn!.Panel.Order(StringComparer.Ordinal));
        foreach (var (vrijwilliger, kans) in opnieuw.Outcome!.Result!.Probabilities)
        {
            Assert.Equal(kans, kansen.Single(k => k.Id == vrijwilliger).Kans, 5);
        }

        // Contact data of the panel and the reserves only, for beleid, and every look is logged.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.CreateStaffClientAsync("wijkcoordinator")).GetAsync($"/api/burgerberaad/beraden/{id}/panel")).StatusCode);
        var leden = (await beleid.GetFromJsonAsync<List<JsonObject>>($"/api/burgerberaad/beraden/{id}/panel"))!;
        Assert.Equal(6, leden.Count);
        Assert.Equal(panel.Order(StringComparer.Ordinal), leden.Where(l => l["uitkomst"]!.GetValue<string>() == "lid").Select(l => l["pseudoniem"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(leden, l => Assert.Equal(pseudoniemen[l["naam"]!.GetValue<string>()], l["pseudoniem"]!.GetValue<string>()));
        Assert.All(leden, l => Assert.Contains("Lange Laan, oost", l["adres"]!.GetValue<string>()));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.PersoonsgegevensInzages.CountAsync(i => i.Door == "beleid" && i.Wat.StartsWith("burgerberaad")));
            // Addresses that did not register are no longer needed once the panel is drawn.
            Assert.Equal(12, await db.BurgerberaadAdressen.CountAsync(a => a.BeraadId == id));
        }

        // When the beraad no longer needs them, names, contact data and street addresses are erased; the result stays.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.CreateStaffClientAsync("wijkcoordinator")).PostAsync($"/api/burgerberaad/beraden/{id}/persoonsgegevens/wissen", null)).StatusCode);
        var gewist = (await (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/persoonsgegevens/wissen", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(12, gewist["aanmeldingen"]!.GetValue<int>());
        Assert.Equal(12, gewist["adressen"]!.GetValue<int>());
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.BurgerberaadAanmeldingen.AnyAsync(a => a.BeraadId == id && (a.Naam != "[gewist]" || a.Email != null || a.Beschikbaarheid != null)));
            Assert.All(await db.BurgerberaadAdressen.Where(a => a.BeraadId == id).ToListAsync(), a =>
            {
                Assert.Equal("[gewist]", a.Straat);
                Assert.Matches("^123[4-6]$", a.Postcode);
            });
            Assert.Equal(1, await db.PersoonsgegevensInzages.CountAsync(i => i.Wat.StartsWith("burgerberaad: persoonsgegevens gewist")));
        }

        Assert.Equal(uitslagTekst, await anoniem.GetStringAsync($"/api/burgerberaad/{id}/uitslag"));
    }

    [Fact]
    public async Task QuotasThatCannotBeMet_NameTheConflictAndTheNearestRelaxation_AndCanBeRelaxed()
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
            thema = "Groen in de buurt", gebiedCode = buurtCode, omvang = 3, reserves = 0, aanmeldenTot = clock.GetUtcNow().UtcDateTime.AddDays(7),
            quota = new[] { Q("geslacht", "vrouw", 1, 2), Q("geslacht", "man", 1, 2) },
        });
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var id = (await aangemaakt.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        var adressen = "postcode,huisnummer,toevoeging,straat,woonplaats\n" + string.Concat(Enumerable.Range(1, 5).Select(i => $"4321CD,{i},,Kerkpad,Maaswaarde\n"));
        Assert.Equal(HttpStatusCode.OK, (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/adressen", new StringContent(adressen, Encoding.UTF8, "text/csv"))).StatusCode);
        var codes = (await (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/uitnodigingen", new { aantal = 5, seed = 9 })).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')[^1]).ToList();

        // Only women volunteer: no panel of 3 has a man, nor at most 2 women.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await anoniem.PostAsJsonAsync($"/api/burgerberaad/{id}/aanmelding", new
            {
                code = codes[i], naam = $"Vrouw {i}", telefoon = "06 12345678", antwoorden = new { geslacht = "vrouw" },
            })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/seed", new { seed = 31 })).StatusCode);
        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        beleid = await factory.CreateStaffClientAsync("beleid");
        Assert.Equal(HttpStatusCode.Accepted, (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/selectie", null)).StatusCode);
        var beraad = await WachtOpSelectieAsync(beleid, id);
        Assert.Equal("mislukt", beraad["selectieStatus"]!.GetValue<string>());
        Assert.Contains("BB0202", beraad["selectieFout"]!.GetValue<string>());
        Assert.Contains("geslacht=", beraad["selectieFout"]!.GetValue<string>());
        var conflict = beraad["conflict"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.NotEmpty(conflict);
        Assert.All(conflict, c => Assert.StartsWith("geslacht=", c));
        Assert.Contains(beraad["versoepeling"]!.AsArray(), v => v!.GetValue<string>().Contains('→'));
        Assert.Equal(HttpStatusCode.Conflict, (await anoniem.GetAsync($"/api/burgerberaad/{id}/uitslag")).StatusCode);

        // The features and values stay (the volunteers answered them); the numbers may be relaxed and the draw asked again, same seed.
        Assert.Equal(HttpStatusCode.BadRequest, (await beleid.PutAsJsonAsync($"/api/burgerberaad/beraden/{id}/quota", new { quota = new[] { Q("geslacht", "vrouw", 0, 3), Q("geslacht", "anders", 0, 3) } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await beleid.PutAsJsonAsync($"/api/burgerberaad/beraden/{id}/quota", new { quota = new[] { Q("geslacht", "vrouw", 0, 3), Q("geslacht", "man", 0, 3) } })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/selectie", null)).StatusCode);
        beraad = await WachtOpSelectieAsync(beleid, id);
        Assert.Equal("klaar", beraad["selectieStatus"]!.GetValue<string>());
        Assert.Empty(beraad["conflict"]!.AsArray());
        var uitslag = (await anoniem.GetFromJsonAsync<JsonObject>($"/api/burgerberaad/{id}/uitslag"))!;
        Assert.Equal(31, uitslag["seed"]!.GetValue<long>());
        Assert.All(uitslag["kansen"]!.AsArray(), k => Assert.Equal(0.75, k!["kans"]!.GetValue<double>(), 6));
    }

    private static object Q(string kenmerk, string waarde, int min, int max) => new { kenmerk, waarde, min, max };

    /// <summary>The invitation sample as docs/burgerberaad.md defines it, computed here from the engine's seeded stream.</summary>
    private static List<string> VerwachteSteekproef(int aantal, long seed)
    {
        var adressen = Enumerable.Range(1, 30)
            .Select(i => (Postcode: $"{1234 + i % 3}AB", Huisnummer: i, Toevoeging: i % 5 == 0 ? "A" : ""))
            .OrderBy(a => a.Postcode, StringComparer.Ordinal).ThenBy(a => a.Huisnummer).ThenBy(a => a.Toevoeging, StringComparer.Ordinal)
            .ToList();
        var stream = new SeededStream(seed);
        for (var i = 0; i < aantal; i++)
        {
            var j = i + stream.NextInt(adressen.Count - i);
            (adressen[i], adressen[j]) = (adressen[j], adressen[i]);
        }

        return adressen.Take(aantal).Select(a => $"{a.Postcode} {a.Huisnummer}{a.Toevoeging}").ToList();
    }

    /// <summary>Polls the staff view until the background selection has finished (the engine runs outside the request).</summary>
    private static async Task<JsonObject> WachtOpSelectieAsync(HttpClient beleid, int id)
    {
        var tot = TimeProvider.System.GetUtcNow().AddMinutes(3);
        while (true)
        {
            var beraad = (await beleid.GetFromJsonAsync<JsonObject>($"/api/burgerberaad/beraden/{id}"))!;
            var status = beraad["selectieStatus"]!.GetValue<string>();
            if (status is "klaar" or "mislukt" || TimeProvider.System.GetUtcNow() > tot)
            {
                return beraad;
            }

            await Task.Delay(100);
        }
    }
}

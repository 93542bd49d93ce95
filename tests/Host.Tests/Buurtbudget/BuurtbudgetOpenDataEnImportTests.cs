using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Participatie.Buurtbudget.Pabulib;
using Participatie.Host.Tests.Infrastructure;
using static Participatie.Host.Tests.Buurtbudget.BuurtbudgetFasenTests;

namespace Participatie.Host.Tests.Buurtbudget;

/// <summary>
/// A pabulib file uploaded by beleid becomes a closed round that counts like our own; its result is open data at
/// stable public addresses (index, JSON, CSV); a bad file is refused with the reader's located errors and stores nothing.
/// </summary>
public sealed class BuurtbudgetOpenDataEnImportTests
{
    // Ten voters: six approve project 1 (600), five of them also 2 (400), four others 3 (400). Greedy funds 1 and 2,
    // Equal Shares 1 and 3 (the worked example of BuurtbudgetRondeTests).
    private const string Bestand = """
        META
        key;value
        description;Buurtbudget Oost 2026
        country;Netherlands
        budget;1000
        vote_type;approval
        date_begin;01.03.2026
        date_end;15.03.2026
        PROJECTS
        project_id;cost;name
        1;600;Speeltuin
        2;400;Bankjes, bij de vijver
        3;400;Moestuin
        VOTES
        voter_id;vote
        a;1,2
        b;1,2
        c;1,2
        d;1,2
        e;1,2
        f;1
        g;3
        h;3
        i;3
        j;3
        """;

    [Fact]
    public async Task Import_CountsLikeARound_AndTheResultIsOpenDataAsJsonAndCsv()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var anoniem = factory.CreateClient();
        var buurtCode = await BuurtCodeAsync(factory);

        var geweigerd = await factory.CreateStaffClientAsync("wijkcoordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await geweigerd.PostAsync($"/api/buurtbudget/rondes/pabulib?buurtCode={buurtCode}", new StringContent(Bestand))).StatusCode);

        var import = await beleid.PostAsync($"/api/buurtbudget/rondes/pabulib?buurtCode={buurtCode}&telmethode=GelijkeDelen&bestandsnaam=oost.pb",
            new StringContent(Bestand, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var ronde = (await import.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = ronde["id"]!.GetValue<int>();
        Assert.Equal("Buurtbudget Oost 2026", ronde["naam"]!.GetValue<string>());
        Assert.Equal("Afgerond", ronde["fase"]!.GetValue<string>());
        Assert.Equal(new DateTime(2026, 3, 1), ronde["stemmenVanaf"]!.GetValue<DateTime>());

        var index = (await anoniem.GetFromJsonAsync<List<JsonObject>>("/open-data/buurtbudget"))!;
        var regel = Assert.Single(index, r => r["id"]!.GetValue<int>() == id);
        Assert.Equal($"/open-data/buurtbudget/{id}/uitslag.csv", regel["links"]!["uitslagCsv"]!.GetValue<string>());

        var json = await anoniem.GetAsync($"/open-data/buurtbudget/{id}/uitslag.json");
        Assert.Equal("public, max-age=300", json.Headers.CacheControl!.ToString());
        var uitslag = (await json.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(["1", "3"], uitslag["gekozen"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal(10, uitslag["stemmen"]!.GetValue<int>());

        var csv = await anoniem.GetStringAsync($"/open-data/buurtbudget/{id}/uitslag.csv");
        var regels = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ronde,project,titel,kosten,stemmen,gekozen,uitleg,punten", regels[0]);
        Assert.Equal(4, regels.Length);
        Assert.StartsWith($"{id},1,Speeltuin,600,6,ja,", regels[1], StringComparison.Ordinal);
        Assert.StartsWith($"{id},2,\"Bankjes, bij de vijver\",400,5,nee,", regels.Single(r => r.StartsWith($"{id},2,", StringComparison.Ordinal)), StringComparison.Ordinal);

        // The anonymous export of the imported round reads back as the same election.
        var terug = PabulibReader.ReadString(await anoniem.GetStringAsync($"/api/buurtbudget/{id}/pabulib"));
        Assert.False(terug.HasErrors);
        Assert.Equal(10, terug.File!.Election.Voters.Count);
    }

    [Fact]
    public async Task Import_BadFileOrPoints_RefusedWithLocatedErrors_NothingStored()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        using var factory = new CustomFactory("Development", clock: clock);
        var beleid = await factory.CreateStaffClientAsync("beleid");
        var buurtCode = await BuurtCodeAsync(factory);
        var voor = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurtbudget/rondes"))!.Count;

        var kapot = await beleid.PostAsync($"/api/buurtbudget/rondes/pabulib?buurtCode={buurtCode}&bestandsnaam=oost.pb",
            new StringContent(Bestand.Replace("j;3", "j;9", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, kapot.StatusCode);
        var fout = await kapot.Content.ReadAsStringAsync();
        Assert.Contains("oost.pb(", fout);
        Assert.Contains("PB0304", fout);

        // Points files are imported now (BuurtbudgetPuntenTests); ranked ones are still refused.
        var rangorde = Bestand.Replace("vote_type;approval", "vote_type;ordinal", StringComparison.Ordinal);
        var rangordeAntwoord = await beleid.PostAsync($"/api/buurtbudget/rondes/pabulib?buurtCode={buurtCode}", new StringContent(rangorde));
        Assert.Equal(HttpStatusCode.BadRequest, rangordeAntwoord.StatusCode);
        Assert.Contains("goedkeuringsstemmen (approval) of punten (cumulative)", await rangordeAntwoord.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, (await beleid.PostAsync("/api/buurtbudget/rondes/pabulib?buurtCode=BU99999999", new StringContent(Bestand))).StatusCode);
        Assert.Equal(voor, (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurtbudget/rondes"))!.Count);
    }
}

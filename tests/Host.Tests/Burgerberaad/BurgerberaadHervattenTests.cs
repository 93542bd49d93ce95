using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Domain;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Burgerberaad;

/// <summary>
/// A selection is background work that can take minutes: when the Host stops while it is queued or running, the next
/// start picks it up and finishes it, with the same announced seed.
/// </summary>
public sealed class BurgerberaadHervattenTests
{
    [Fact]
    public async Task SelectionRunningWhenTheHostStopped_IsFinishedAfterTheRestart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        int id;
        using (var first = new CustomFactory("Development", dataDirectory: dataDirectory, clock: clock))
        {
            var beleid = await first.CreateStaffClientAsync("beleid");
            var anoniem = first.CreateClient();
            string buurtCode;
            await using (var db = await first.CreateDbContextAsync())
            {
                buurtCode = await db.Buurten.OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
            }

            var beraad = await (await beleid.PostAsJsonAsync("/api/burgerberaad/beraden", new
            {
                thema = "Verkeer", gebiedCode = buurtCode, omvang = 2, reserves = 1, aanmeldenTot = clock.GetUtcNow().UtcDateTime.AddDays(3),
                quota = new[] { new { kenmerk = "geslacht", waarde = "vrouw", min = 1, max = 1 }, new { kenmerk = "geslacht", waarde = "man", min = 1, max = 1 } },
            })).Content.ReadFromJsonAsync<JsonObject>();
            id = beraad!["id"]!.GetValue<int>();
            var adressen = "postcode,huisnummer,toevoeging,straat,woonplaats\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"2222BB,{i},,Molenweg,Maaswaarde\n"));
            (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/adressen", new StringContent(adressen, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
            var codes = (await (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/uitnodigingen", new { aantal = 4, seed = 3 })).Content.ReadAsStringAsync())
                .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')[^1]).ToList();
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(HttpStatusCode.Created, (await anoniem.PostAsJsonAsync($"/api/burgerberaad/{id}/aanmelding", new
                {
                    code = codes[i], naam = $"Buur {i}", email = $"buur{i}@example.org", antwoorden = new { geslacht = i < 2 ? "vrouw" : "man" },
                })).StatusCode);
            }

            (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/seed", new { seed = 11 })).EnsureSuccessStatusCode();

            // The Host stopped while the selection ran: the database says "bezig", no worker has it any more.
            await using (var db = await first.CreateDbContextAsync())
            {
                await db.Burgerberaden.Where(b => b.Id == id).ExecuteUpdateAsync(set => set.SetProperty(b => b.SelectieStatus, BurgerberaadSelectieStatus.Bezig));
            }
        }

        clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        using var second = new CustomFactory("Development", dataDirectory: dataDirectory, clock: clock);
        var beleid2 = await second.CreateStaffClientAsync("beleid");
        var tot = TimeProvider.System.GetUtcNow().AddMinutes(3);
        JsonObject toestand;
        do
        {
            await Task.Delay(100);
            toestand = (await beleid2.GetFromJsonAsync<JsonObject>($"/api/burgerberaad/beraden/{id}"))!;
        }
        while (toestand["selectieStatus"]!.GetValue<string>() is not ("klaar" or "mislukt") && TimeProvider.System.GetUtcNow() < tot);

        Assert.Equal("klaar", toestand["selectieStatus"]!.GetValue<string>());
        var uitslag = (await second.CreateClient().GetFromJsonAsync<JsonObject>($"/api/burgerberaad/{id}/uitslag"))!;
        Assert.Equal(11, uitslag["seed"]!.GetValue<long>());
        Assert.Equal(2, uitslag["kansen"]!.AsArray().Count(k => k!["uitkomst"]!.GetValue<string>() == "lid"));
        Assert.All(uitslag["kansen"]!.AsArray(), k => Assert.Equal(0.5, k!["kans"]!.GetValue<double>(), 6));
    }
}

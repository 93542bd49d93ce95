using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Privacy;

/// <summary>Access by relationship (docs/privacy.md): each role sees the initiatives and the personal data its work needs, no more.</summary>
public sealed class InitiatiefToegangTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public InitiatiefToegangTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task Corporatie_SeesOnlyInitiativesWhereItOwnsHomes_WithContactOnlyThere()
    {
        var client = await factory.CreateStaffClientAsync("corporatie");
        await using var db = await Db();
        var corporatieId = (await db.StaffAccounts.SingleAsync(a => a.Gebruikersnaam == "corporatie")).WoningcorporatieId!.Value;
        var metBezit = (await db.CorporatieBezit.Where(b => b.WoningcorporatieId == corporatieId && b.AantalWoningen > 0).Select(b => b.BuurtId).ToListAsync()).ToHashSet();
        var alle = await db.Initiatieven.AsNoTracking().Select(i => new { i.Id, i.BuurtId }).ToListAsync();
        var verwacht = alle.Where(i => metBezit.Contains(i.BuurtId)).Select(i => i.Id).ToHashSet();
        Assert.NotEmpty(verwacht);
        Assert.True(verwacht.Count < alle.Count, "the demo has initiatives where this corporation owns no homes");

        var gezien = (await client.GetFromJsonAsync<List<JsonObject>>("/api/initiatieven?take=1000"))!.Select(i => i["id"]!.GetValue<int>()).ToHashSet();

        Assert.Equal(verwacht.Order(), gezien.Order());
        var buiten = alle.First(i => !metBezit.Contains(i.BuurtId)).Id;
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/initiatieven/{buiten}")).StatusCode);
        var binnen = await db.Initiatieven.Where(i => verwacht.Contains(i.Id) && i.BewonerId != null).Select(i => i.Id).FirstAsync();
        var detail = (await client.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{binnen}"))!;
        Assert.False(string.IsNullOrEmpty(detail["contact"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Afdeling_SeesWhatIsRoutedToIt_WithoutContactData()
    {
        var client = await factory.CreateStaffClientAsync("afdeling");
        await using var db = await Db();
        var verwacht = (await db.Taken.Where(t => t.InitiatiefId != null && t.Rol.StartsWith("afdeling")).Select(t => t.InitiatiefId!.Value).Distinct().ToListAsync()).ToHashSet();

        var gezien = (await client.GetFromJsonAsync<List<JsonObject>>("/api/initiatieven?take=1000"))!.Select(i => i["id"]!.GetValue<int>()).ToHashSet();

        Assert.Equal(verwacht.Order(), gezien.Order());
        if (verwacht.Count > 0)
        {
            var detail = (await client.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{verwacht.First()}"))!;
            Assert.Null(detail["initiatiefnemer"]?.GetValue<string>());
            Assert.Null(detail["contact"]?.GetValue<string>());
        }

        var ander = await db.Initiatieven.Where(i => !verwacht.Contains(i.Id)).Select(i => i.Id).FirstAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/initiatieven/{ander}")).StatusCode);
    }

    [Fact]
    public async Task Beleid_SeesNoInitiativesAndNoPersonalData()
    {
        var client = await factory.CreateStaffClientAsync("beleid");
        await using var db = await Db();
        var id = await db.Initiatieven.Select(i => i.Id).FirstAsync();

        Assert.Empty((await client.GetFromJsonAsync<List<JsonObject>>("/api/initiatieven"))!);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/initiatieven/{id}")).StatusCode);
    }

    [Fact]
    public async Task Wijkcoordinator_WithWijkenConfigured_SeesOnlyThoseWijken()
    {
        await using var db = await Db();
        var wijk = await db.Wijken.OrderBy(w => w.Id).Select(w => w.Code).FirstAsync();
        var verwacht = (await db.Initiatieven.Where(i => i.Buurt!.Wijk!.Code == wijk).Select(i => i.Id).ToListAsync()).ToHashSet();
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");
        var alles = (await client.GetFromJsonAsync<List<JsonObject>>("/api/initiatieven?take=1000"))!.Count;
        var takenElders = (await client.GetFromJsonAsync<List<JsonObject>>("/api/taken?rol=wijkcoordinator"))!
            .Count(t => t["wijkCode"]?.GetValue<string>() is { } code && code != wijk);
        Assert.True(takenElders > 0, "without wijken configured the inbox holds tasks of every wijk");
        var beheer = await factory.CreateStaffClientAsync("beheer");
        try
        {
            var onbekend = await beheer.PutAsJsonAsync("/api/accounts/wijkcoordinator/toegang", new { wijken = new[] { "WK9999999" } });
            Assert.Equal(HttpStatusCode.BadRequest, onbekend.StatusCode);
            (await beheer.PutAsJsonAsync("/api/accounts/wijkcoordinator/toegang", new { wijken = new[] { wijk } })).EnsureSuccessStatusCode();

            var gezien = (await client.GetFromJsonAsync<List<JsonObject>>("/api/initiatieven?take=1000"))!.Select(i => i["id"]!.GetValue<int>()).ToHashSet();
            var buiten = await db.Initiatieven.Where(i => i.Buurt!.Wijk!.Code != wijk).Select(i => i.Id).FirstAsync();
            var takenBuiten = (await client.GetFromJsonAsync<List<JsonObject>>("/api/taken?rol=wijkcoordinator"))!
                .Where(t => t["wijkCode"]?.GetValue<string>() is { } code && code != wijk).ToList();

            Assert.True(alles > gezien.Count);
            Assert.Superset(verwacht, gezien);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/initiatieven/{buiten}")).StatusCode);
            Assert.Empty(takenBuiten);
        }
        finally
        {
            (await beheer.PutAsJsonAsync("/api/accounts/wijkcoordinator/toegang", new { wijken = Array.Empty<string>() })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Beheer_ReadsContactData_AndEveryReadIsLogged()
    {
        var client = await factory.CreateStaffClientAsync("beheer");
        await using var db = await Db();
        var id = await db.Initiatieven.Where(i => i.BewonerId != null).Select(i => i.Id).FirstAsync();
        var voor = await db.PersoonsgegevensInzages.CountAsync(i => i.InitiatiefId == id && i.Door == "beheer");

        var detail = (await client.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{id}"))!;
        await client.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{id}");

        Assert.False(string.IsNullOrEmpty(detail["initiatiefnemer"]?.GetValue<string>()));
        var log = await db.PersoonsgegevensInzages.AsNoTracking().Where(i => i.InitiatiefId == id && i.Door == "beheer").OrderBy(i => i.Id).ToListAsync();
        Assert.Equal(voor + 2, log.Count);
        Assert.All(log.Skip(voor), l => Assert.Equal(PersoonsgegevensInzage.Contact, l.Wat));
    }

    [Fact]
    public async Task Withdrawing_BelongsToTheRolesTheRoutingNamed_NotToAnyStaffRole()
    {
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        await using var db = await Db();
        var id = (await db.Initiatieven.SingleAsync(i => i.Referentie == referentie)).Id;

        var corporatie = await (await factory.CreateStaffClientAsync("corporatie")).PostAsJsonAsync($"/api/initiatieven/{id}/intrekken", new { toelichting = "x" });
        var afdeling = await (await factory.CreateStaffClientAsync("afdeling")).PostAsJsonAsync($"/api/initiatieven/{id}/intrekken", new { toelichting = "x" });
        var beleid = await (await factory.CreateStaffClientAsync("beleid")).PostAsJsonAsync($"/api/initiatieven/{id}/intrekken", new { toelichting = "x" });
        Assert.Equal(InitiatiefStatus.InBehandeling, (await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == id)).Status);
        // The routing named the wijkcoördinator (the intake task): they may withdraw it on the resident's behalf.
        var wijkcoordinator = await (await factory.CreateStaffClientAsync("wijkcoordinator")).PostAsJsonAsync($"/api/initiatieven/{id}/intrekken", new { toelichting = "Bewoner belde" });

        Assert.Equal(HttpStatusCode.Forbidden, corporatie.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afdeling.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, beleid.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, wijkcoordinator.StatusCode);
        Assert.Equal(InitiatiefStatus.Ingetrokken, (await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == id)).Status);
    }

    [Fact]
    public async Task Chat_StatusByReference_OnlyInTheConversationThatRegisteredIt()
    {
        var eigenaar = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(eigenaar, factory.HostClock);
        var titel = "Buurtbarbecue Vogelbuurt";

        var vreemde = await DirectLineClient.StartAsync(factory.CreateClient());
        await vreemde.PollAsync();
        var antwoordVreemde = string.Join("\n", await vreemde.AskAsync($"wat is de status van {referentie}?"));
        var antwoordEigenaar = string.Join("\n", await eigenaar.AskAsync($"wat is de status van {referentie}?"));

        Assert.DoesNotContain(titel, antwoordVreemde, StringComparison.Ordinal);
        Assert.Contains("privacy", antwoordVreemde, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(titel, antwoordEigenaar, StringComparison.Ordinal);
    }

    private Task<ParticipatieDbContext> Db() => factory.CreateDbContextAsync();
}

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Privacy;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Privacy;

/// <summary>Inzageverzoek, erasure on request and the retention period, each with its audit entry.</summary>
public sealed class PersoonsgegevensLevenscyclusTests
{
    [Fact]
    public async Task Beheer_FindsAResident_ExportsEverything_ThenErasesIt()
    {
        using var factory = new ParticipatieFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        var beheer = await factory.CreateStaffClientAsync("beheer");

        var treffers = (await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=FATIMA@example.nl"))!;
        var id = Assert.Single(treffers)["id"]!.GetValue<int>();
        var export = (await beheer.GetFromJsonAsync<JsonObject>($"/api/privacy/bewoners/{id}/export"))!;

        Assert.Equal("Fatima de Vries", export["bewoner"]!["naam"]!.GetValue<string>());
        Assert.Equal(referentie, Assert.Single(export["initiatieven"]!.AsArray())!["referentie"]!.GetValue<string>());
        var gesprek = Assert.Single(export["gesprekken"]!.AsArray())!;
        Assert.Contains("Fatima de Vries", gesprek["berichten"]!.ToJsonString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await beheer.PostAsync($"/api/privacy/bewoners/{id}/wissen", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheer.PostAsync($"/api/privacy/bewoners/{id}/wissen", null)).StatusCode);

        await using var db = await Db(factory);
        var bewoner = await db.Bewoners.AsNoTracking().SingleAsync(b => b.Id == id);
        Assert.Equal(Bewoner.GewisteNaam, bewoner.Naam);
        Assert.Null(bewoner.Email);
        Assert.NotNull(bewoner.GewistOp);
        var initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Referentie == referentie);
        Assert.Equal(0, await db.ChatActivities.CountAsync(a => a.ConversationId == initiatief.ConversationId));
        var detail = (await beheer.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{initiatief.Id}"))!;
        Assert.NotEqual("Fatima de Vries", detail["initiatiefnemer"]?.GetValue<string>());
        Assert.Null(detail["contact"]?.GetValue<string>());
        Assert.Empty((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/privacy/bewoners?zoek=fatima@example.nl"))!);
        var log = await db.PersoonsgegevensInzages.AsNoTracking().Where(l => l.BewonerId == id).Select(l => l.Wat).ToListAsync();
        Assert.Contains(PersoonsgegevensInzage.Export, log);
        Assert.Contains(PersoonsgegevensInzage.Wissen, log);
    }

    [Fact]
    public async Task OtherRoles_CannotExportOrErase()
    {
        using var factory = new ParticipatieFactory();
        foreach (var rol in new[] { "wijkcoordinator", "corporatie", "afdeling", "beleid" })
        {
            var client = await factory.CreateStaffClientAsync(rol);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/privacy/bewoners/1/export")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/privacy/bewoners/1/wissen", null)).StatusCode);
        }
    }

    [Fact]
    public async Task RetentionPeriod_ErasesContactDataAYearAfterTheInitiativeClosed_NotBefore()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        using var factory = new CustomFactory("Development", clock: clock);
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, clock);
        var beheer = await factory.CreateStaffClientAsync("beheer");
        int bewonerId;
        await using (var db = await Db(factory))
        {
            var initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Referentie == referentie);
            bewonerId = initiatief.BewonerId!.Value;
            Assert.Equal(HttpStatusCode.NoContent, (await beheer.PostAsJsonAsync($"/api/initiatieven/{initiatief.Id}/intrekken", new { toelichting = "Bewoner belde" })).StatusCode);
        }

        var bewaking = factory.Services.GetRequiredService<BewaartermijnBewaking>();
        clock.Advance(TimeSpan.FromDays(364));
        await bewaking.RunOnceAsync(default);
        Assert.Null(await GewistOpAsync(factory, bewonerId));

        clock.Advance(TimeSpan.FromDays(2));
        await bewaking.RunOnceAsync(default);
        Assert.NotNull(await GewistOpAsync(factory, bewonerId));
        await using var check = await Db(factory);
        Assert.Contains(PersoonsgegevensInzage.Bewaartermijn, await check.PersoonsgegevensInzages.Where(l => l.BewonerId == bewonerId).Select(l => l.Wat).ToListAsync());
    }

    private static async Task<DateTime?> GewistOpAsync(ParticipatieFactory factory, int bewonerId)
    {
        await using var db = await Db(factory);
        return (await db.Bewoners.AsNoTracking().SingleAsync(b => b.Id == bewonerId)).GewistOp;
    }

    private static Task<ParticipatieDbContext> Db(ParticipatieFactory factory) => factory.CreateDbContextAsync();
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Tests.Betrouwbaarheid;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows.Persistence;

namespace Participatie.Host.Tests.Postgres;

/// <summary>
/// The same product on PostgreSQL (<c>Participatie:Database=postgres</c>), on the throwaway cluster ./test.sh starts: the
/// migrations, the stores' contract, the append-only audit trail, and a resident's intake routed and answered.
/// </summary>
[Trait(TestProviders.Trait, TestProviders.PostgresOnly)]
public sealed class PostgresTests
{
    [Fact]
    public async Task Migrations_CreateTheModel_AndTheRulesHistoryIsAppendOnly()
    {
        using var database = new PostgresTestDatabase();
        await using var db = database.CreateContext();
        await db.MigrateAsync(default);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the PostgreSQL model snapshot is behind the model: add a migration");
        db.RegelsetVersies.Add(new RegelsetVersie { Regelset = "x", Nummer = 1, Json = "{}", Sha256 = "0", Door = "test", Op = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), Bron = RegelsetBron.Bestand });
        await db.SaveChangesAsync();
        var fout = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"RegelsetVersies\" SET \"Json\" = '[]'"));
        Assert.Contains("kan niet gewijzigd of verwijderd worden", fout.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkflowStores_MeetTheEngineContract()
    {
        var databases = new List<PostgresTestDatabase>();
        try
        {
            await StoreConformance.VerifyInstanceStoreAsync(() => new EfWorkflowInstanceStore(Factory(databases)));
            await StoreConformance.VerifyDefinitionStoreAsync(() => new EfWorkflowDefinitionStore(Factory(databases), TimeProvider.System));
        }
        finally
        {
            databases.ForEach(d => d.Dispose());
        }
    }

    [Fact]
    public async Task Intake_RoutedAndCompleted_NotifiesTheResident_AndASecondCompletionIsAConflict()
    {
        using var database = new PostgresTestDatabase();
        using var factory = new CustomFactory("Development", database.HostSettings);
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        await resident.PollAsync();
        int taakId;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<ParticipatieDbContext>>().CreateDbContextAsync())
        {
            Assert.IsType<PostgresParticipatieDbContext>(db);
            var initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Referentie == referentie);
            Assert.Equal(InitiatiefStatus.InBehandeling, initiatief.Status);
            taakId = (await db.Taken.AsNoTracking().SingleAsync(t => t.InitiatiefId == initiatief.Id && t.Status == TaakStatus.Open)).Id;
        }

        var a = await factory.CreateStaffClientAsync("wijkcoordinator");
        var b = await factory.CreateStaffClientAsync("beheer");
        var antwoorden = await Task.WhenAll(
            a.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten" }),
            b.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "doorzetten" }));

        Assert.Single(antwoorden, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(antwoorden, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Single(await StapTransactieTests.WachtOpBerichtenAsync(resident, 1), m => m.Contains("heeft uw initiatief bekeken", StringComparison.Ordinal));
    }

    private static IDbContextFactory<ParticipatieDbContext> Factory(List<PostgresTestDatabase> databases)
    {
        var database = new PostgresTestDatabase();
        databases.Add(database);
        using (var db = database.CreateContext())
        {
            db.MigrateAsync(default).GetAwaiter().GetResult();
        }

        return new Factories(database);
    }

    private sealed class Factories(PostgresTestDatabase database) : IDbContextFactory<ParticipatieDbContext>
    {
        public ParticipatieDbContext CreateDbContext() => database.CreateContext();
    }
}

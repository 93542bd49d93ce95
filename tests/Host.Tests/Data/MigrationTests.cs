using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Participatie.Host.DemoData;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_ExistingDatabase_KeepsItsData()
    {
        using var database = new TestDatabase();
        await using (var db = database.CreateContext())
        {
            await new DemoDataSeeder(db, TimeProvider.System).SeedAsync(default);
        }

        // A restart of the product runs the migrations again: nothing may be lost.
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(200, await db.Initiatieven.CountAsync());
        }
    }

    [Fact]
    public void Model_MatchesTheLatestMigration()
    {
        // Fails when an entity changed without `dotnet ef migrations add`.
        using var database = new TestDatabase();
        using var db = database.CreateContext();
        var migrationsAssembly = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>();
        var differ = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsModelDiffer>();
        var snapshot = migrationsAssembly.ModelSnapshot!.Model;
        var initializer = db.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IModelRuntimeInitializer>();
        var snapshotModel = initializer.Initialize(snapshot is Microsoft.EntityFrameworkCore.Metadata.IMutableModel mutable ? mutable.FinalizeModel() : snapshot, designTime: true, validationLogger: null);
        var designModel = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;

        var differences = differ.GetDifferences(snapshotModel.GetRelationalModel(), designModel.GetRelationalModel());

        Assert.Empty(differences);
    }
}

using Microsoft.EntityFrameworkCore;
using Participatie.Host.DemoData;
using Participatie.Host.Domain;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Data;

public sealed class DemoDataSeederTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesTheDemoMunicipalityAtScale()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var counts = await new DemoDataSeeder(db, Clock).SeedAsync(default);

        Assert.Equal(1, counts.Gemeenten);
        Assert.InRange(counts.Buurten, 55, 65);
        Assert.Equal(200, await db.Initiatieven.CountAsync());
        Assert.Equal(40, await db.Interventies.CountAsync());
        Assert.Equal(3, await db.Woningcorporaties.CountAsync());
        Assert.Equal(6, await db.ProgrammaFases.CountAsync());
    }

    [Fact]
    public async Task Seed_Initiatives_CoverEveryStatusWithOrderedHistory()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await new DemoDataSeeder(db, Clock).SeedAsync(default);

        var initiatieven = await db.Initiatieven.Include(i => i.StatusHistorie).ToListAsync();

        Assert.Equal(Enum.GetValues<InitiatiefStatus>().Order(), initiatieven.Select(i => i.Status).Distinct().Order());
        Assert.All(initiatieven, i =>
        {
            var historie = i.StatusHistorie.OrderBy(h => h.Id).ToList();
            Assert.Equal(InitiatiefStatus.Ingediend, historie[0].Status);
            Assert.Equal(i.Status, historie[^1].Status);
            Assert.True(historie.Zip(historie.Skip(1)).All(p => p.First.Op <= p.Second.Op), $"{i.Referentie}: history out of order");
            Assert.True(historie[^1].Op <= Clock.GetUtcNow().UtcDateTime, $"{i.Referentie}: history in the future");
        });
        Assert.Equal(initiatieven.Count, initiatieven.Select(i => i.Referentie).Distinct().Count());
    }

    [Fact]
    public async Task Seed_SameSeedTwice_GivesIdenticalData()
    {
        using var first = new TestDatabase();
        using var second = new TestDatabase();
        await using var db1 = first.CreateContext();
        await using var db2 = second.CreateContext();

        await new DemoDataSeeder(db1, Clock).SeedAsync(default);
        await new DemoDataSeeder(db2, Clock).SeedAsync(default);

        static async Task<List<string>> Fingerprint(Participatie.Host.Data.ParticipatieDbContext db) =>
            (await db.Buurten.OrderBy(b => b.Code).ToListAsync()).Select(b => $"{b.Code}|{b.Naam}|{b.SesScore}|{b.AandeelCorporatiewoningen}|{b.Inwoners}")
            .Concat((await db.Initiatieven.OrderBy(i => i.Referentie).ToListAsync()).Select(i => $"{i.Referentie}|{i.Titel}|{i.Status}|{i.GeraamdBudget}"))
            .ToList();

        Assert.Equal(await Fingerprint(db1), await Fingerprint(db2));
    }

    [Fact]
    public async Task Seed_Indicators_AreCorrelatedLikeRealBuurten()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await new DemoDataSeeder(db, Clock).SeedAsync(default);

        var buurten = await db.Buurten.ToListAsync();
        var correlation = Pearson(buurten.Select(b => b.SesScore!.Value).ToArray(), buurten.Select(b => b.GemiddeldInkomen!.Value).ToArray());

        // Weak socio-economic position goes with low income, as in CBS data.
        Assert.True(correlation > 0.5, $"SES and income correlate {correlation:F2}");
        Assert.All(buurten, b => Assert.InRange(b.LeefbaarheidScore!.Value, 1, 9));
        Assert.All(buurten, b => Assert.True(b.AandeelHuurwoningen >= b.AandeelCorporatiewoningen));
    }

    [Fact]
    public async Task Seed_Interventions_HaveOutcomesAndCodedFactors()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await new DemoDataSeeder(db, Clock).SeedAsync(default);

        var interventies = await db.Interventies.ToListAsync();

        Assert.True(interventies.Count(i => i.Uitkomst is not null) >= 30);
        Assert.All(interventies.SelectMany(i => i.Succesfactoren.Concat(i.Belemmeringen)), code => Assert.True(InterventieFactor.IsKnown(code), code));
        Assert.Contains(interventies, i => i.IsLopend);
    }

    [Fact]
    public async Task Reset_ThenSeed_ReplacesDataWithoutDuplicates()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        var seeder = new DemoDataSeeder(db, Clock);
        await seeder.SeedAsync(default);

        await seeder.ResetAsync(default);
        db.ChangeTracker.Clear();
        await seeder.SeedAsync(default);

        Assert.Equal(200, await db.Initiatieven.CountAsync());
        Assert.Equal(1, await db.Gemeenten.CountAsync());
    }

    [Fact]
    public async Task Seed_NonEmptyDatabase_Refuses()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        var seeder = new DemoDataSeeder(db, Clock);
        await seeder.SeedAsync(default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.SeedAsync(default));
    }

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        var cov = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return cov / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}

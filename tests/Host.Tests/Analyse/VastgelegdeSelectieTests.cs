using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Analyse;
using Participatie.Host.Features.Regels;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Analyse;

/// <summary>When the programme has recorded its two buurten, the reports follow that record and say when today's rules would choose differently.</summary>
public sealed class VastgelegdeSelectieTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public VastgelegdeSelectieTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task Rapporten_RecordedSelection_NameTheRecordedBuurtenAndWarnAboutTheRules()
    {
        string[] vastgelegd;
        IReadOnlyList<BuurtSelectie.Beoordeling> top;
        using (var scope = factory.Services.CreateScope())
        {
            var beoordelingen = await scope.ServiceProvider.GetRequiredService<BuurtSelectie>().BeoordeelAsync(CancellationToken.None);
            top = BuurtSelectie.Top(beoordelingen, 2);
            var geschikt = beoordelingen.Where(b => b.Geschikt).ToList();
            vastgelegd = [geschikt[2].Code, geschikt[3].Code];
            var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
            var programma = await db.Programmas.FirstAsync();
            var rang = 1;
            foreach (var code in vastgelegd)
            {
                var buurt = await db.Buurten.SingleAsync(b => b.Code == code);
                db.ProgrammaBuurten.Add(new ProgrammaBuurt { ProgrammaId = programma.Id, BuurtId = buurt.Id, Rang = rang++, Score = 0 });
            }

            await db.SaveChangesAsync();
        }

        var client = await factory.CreateStaffClientAsync("beleid");
        var selectie = await client.GetStringAsync("/rapporten/selectie");
        var voorstel = await client.GetStringAsync("/rapporten/voorstel");

        Assert.Contains("Het programma heeft deze buurten vastgelegd", selectie, StringComparison.Ordinal);
        Assert.Contains("Let op:", selectie, StringComparison.Ordinal);
        foreach (var b in top)
        {
            Assert.Contains(Html.E(b.Naam), selectie, StringComparison.Ordinal);
            Assert.DoesNotContain($"({b.Code})", voorstel, StringComparison.Ordinal);
        }

        foreach (var code in vastgelegd)
        {
            Assert.Contains($"({code}", selectie, StringComparison.Ordinal);
            Assert.Contains($"({code})", voorstel, StringComparison.Ordinal);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Analyse;
using Participatie.Host.Features.Privacy;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Analyse;

/// <summary>
/// No personal data in any report, the dashboard or any open-data file: known residents are seeded
/// (in the chosen buurten, with initiatives) and their name, e-mail, phone and full postcode are looked for everywhere.
/// </summary>
public sealed class PersoonsgegevensTests : IClassFixture<ParticipatieFactory>
{
    private static readonly string[] Geheim =
    [
        "Zwaantje Vermeulen-Testpersoon", "zwaantje.testpersoon@voorbeeld.nl", "06-98765432", "0698765432", "5341 QX",
        "Barend Keukenmeijer", "barend.keukenmeijer@voorbeeld.nl", "06-11223344",
        "Geheime omschrijving van Zwaantje",
    ];

    private readonly ParticipatieFactory factory;

    public PersoonsgegevensTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task ReportsDashboardAndOpenData_ContainNoResidentData()
    {
        await SeedAsync();
        var staff = await factory.CreateStaffClientAsync("beheer");
        var anoniem = factory.CreateClient();
        var teksten = new Dictionary<string, string>();
        foreach (var pad in new[] { "/rapporten/analyse", "/rapporten/selectie", "/rapporten/voorstel", "/rapporten/advies", "/api/dashboard" })
        {
            teksten[pad] = await staff.GetStringAsync(pad);
        }

        foreach (var dataset in OpenData.Datasets.Keys)
        {
            teksten[$"{dataset}.csv"] = await anoniem.GetStringAsync($"/api/open-data/{dataset}.csv");
            teksten[$"{dataset}.json"] = await anoniem.GetStringAsync($"/api/open-data/{dataset}.json");
        }

        // The seeded initiative is counted, so the data really went through the reports.
        Assert.Contains("201 initiatieven", teksten["/rapporten/analyse"], StringComparison.Ordinal);
        foreach (var (waar, tekst) in teksten)
        {
            foreach (var geheim in Geheim)
            {
                Assert.False(tekst.Contains(geheim, StringComparison.OrdinalIgnoreCase), $"'{geheim}' appears in {waar}");
                Assert.False(tekst.Contains(System.Net.WebUtility.HtmlEncode(geheim), StringComparison.OrdinalIgnoreCase), $"'{geheim}' (encoded) appears in {waar}");
            }
        }
    }

    [Fact]
    public async Task AnalyseRapport_MarkupInRecordedText_IsEncoded()
    {
        var client = await factory.CreateStaffClientAsync("beleid");
        var buurt = (await client.GetFromJsonAsync<List<BuurtDto>>("/api/buurten"))![0].Code;
        var created = await client.PostAsJsonAsync("/api/interventies", new
        {
            titel = "<script>alert('titel')</script>",
            buurtCode = buurt,
            thema = "Groen",
            startDatum = new DateTime(2024, 1, 1),
            eindDatum = new DateTime(2024, 6, 1),
            uitkomst = 3,
            succesfactoren = new[] { "communicatie" },
            leerpunten = "<img src=x onerror=alert('leerpunt')> & meer",
        });
        created.EnsureSuccessStatusCode();

        var html = await client.GetStringAsync("/rapporten/analyse");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(&#39;leerpunt&#39;)&gt; &amp; meer", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Maskeer_RemovesContactDetailsFromFreeText()
    {
        var tekst = Persoonsgegevens.Maskeer("Mail barend.keukenmeijer@voorbeeld.nl of bel 06-11223344, postcode 5341 QX. In 2015 en 2016 ging het goed.");

        Assert.Equal("Mail [verwijderd] of bel [verwijderd], postcode [verwijderd]. In 2015 en 2016 ging het goed.", tekst);
    }

    private sealed record BuurtDto(string Code);

    private async Task SeedAsync()
    {
        using var scope = factory.Services.CreateScope();
        var gegevens = await scope.ServiceProvider.GetRequiredService<RapportService>().LaadAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        var code = gegevens.Gekozen[0].Code;
        var buurt = await db.Buurten.SingleAsync(b => b.Code == code);
        var nu = factory.HostClock.GetUtcNow().UtcDateTime;
        var zwaantje = new Bewoner { Naam = "Zwaantje Vermeulen-Testpersoon", Email = "zwaantje.testpersoon@voorbeeld.nl", Telefoon = "06-98765432", Postcode = "5341 QX", AangemaaktOp = nu };
        db.Bewoners.Add(new Bewoner { Naam = "Barend Keukenmeijer", Email = "barend.keukenmeijer@voorbeeld.nl", Telefoon = "06-11223344", Postcode = "5341 QX", AangemaaktOp = nu });
        var initiatief = new Initiatief
        {
            Referentie = "INI-TEST-0001",
            Titel = "Buurtfeest bij Zwaantje Vermeulen-Testpersoon, bel 06-98765432",
            Omschrijving = "Geheime omschrijving van Zwaantje; mail zwaantje.testpersoon@voorbeeld.nl",
            BuurtId = buurt.Id,
            Thema = Thema.Ontmoeting,
            VoorWie = "Barend Keukenmeijer en de buren",
            MetWie = "Zwaantje Vermeulen-Testpersoon",
            AantalDeelnemers = 5,
            GevraagdeHulp = ["geld", "ruimte"],
            GeraamdBudget = 500,
            GevraagdBedrag = 400,
            IngediendOp = nu.AddDays(-3),
            Bewoner = zwaantje,
        };
        initiatief.ZetStatus(InitiatiefStatus.Ingediend, nu.AddDays(-3), "bewoner", "Ingediend door Zwaantje Vermeulen-Testpersoon, 06-98765432");
        db.Initiatieven.Add(initiatief);
        db.Taken.Add(new Taak
        {
            Titel = "Intake door de wijkcoördinator: Buurtfeest bij Zwaantje Vermeulen-Testpersoon",
            Omschrijving = "Bel Zwaantje op 06-98765432",
            Rol = "wijkcoordinator",
            BuurtId = buurt.Id,
            Initiatief = initiatief,
            AangemaaktOp = nu.AddDays(-3),
            VervalDatum = nu.AddDays(-1),
            Status = TaakStatus.Open,
            Toelichting = "zwaantje.testpersoon@voorbeeld.nl",
        });
        db.Interventies.Add(new Interventie
        {
            Titel = "Koffieochtend",
            BuurtId = buurt.Id,
            Thema = Thema.Ontmoeting,
            StartDatum = nu.AddMonths(-12),
            EindDatum = nu.AddMonths(-6),
            Uitkomst = 4,
            Succesfactoren = ["vaste-contactpersoon"],
            Leerpunten = "Barend (barend.keukenmeijer@voorbeeld.nl, 06-11223344) hield het vol; bewoners van 5341 QX kwamen.",
        });
        await db.SaveChangesAsync();
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Analyse;
using Participatie.Host.Features.Regels;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Analyse;

/// <summary>The four reports, the dashboard and the open data on the demo data: content, not just "it renders".</summary>
public sealed class RapportenTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public RapportenTests(ParticipatieFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/rapporten/analyse")]
    [InlineData("/rapporten/selectie")]
    [InlineData("/rapporten/voorstel")]
    [InlineData("/rapporten/advies")]
    public async Task Rapport_Anonymous_RedirectsToLogin(string pad)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(pad);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/rapporten/analyse")]
    [InlineData("/rapporten/selectie")]
    [InlineData("/rapporten/voorstel")]
    [InlineData("/rapporten/advies")]
    public async Task Rapport_StatesDataAndRuleVersions(string pad)
    {
        var html = await PaginaAsync(pad);

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"utrecht-theme", html, StringComparison.Ordinal);
        Assert.Contains("/rapporten.css", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Verantwoording: gegevens en regelversies", html, StringComparison.Ordinal);
        Assert.Contains("60 buurten, 40 interventies, 200 initiatieven", html, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<RegelsetCatalog>().Directory;
        foreach (var file in Directory.GetFiles(directory, "*.json"))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)))[..12];
            // Version 1 of each rule set is the shipped file, byte for byte.
            Assert.Contains($"<td>{Path.GetFileNameWithoutExtension(file)}</td><td>1</td><td><code>{hash}</code>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnalyseRapport_NamesEveryFactorWithFigures()
    {
        var html = await PaginaAsync("/rapporten/analyse");

        foreach (var label in InterventieFactor.Labels.Values)
        {
            Assert.Contains(Html.E(label), html, StringComparison.Ordinal);
        }

        Assert.Contains("40 interventies vastgelegd: 36 afgerond en beoordeeld, 4 nog lopend", html, StringComparison.Ordinal);
        Assert.Contains("Verschil in gemiddelde uitkomst met en zonder factor", html, StringComparison.Ordinal);
        Assert.Contains("onzeker", html, StringComparison.Ordinal);
        Assert.Contains(Html.E("Leerpunten in de woorden van de medewerkers"), html, StringComparison.Ordinal);
        Assert.Contains(Html.E("Toen bewoners zelf de agenda bepaalden kwamen er veel meer mensen op af."), html, StringComparison.Ordinal);
        Assert.Contains("Per thema en per type buurt", html, StringComparison.Ordinal);
        Assert.Contains("SES laag (onderste derde)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyseRapport_DemoData_FindsTheStrongestFactorsInTheRightDirection()
    {
        using var scope = factory.Services.CreateScope();
        var gegevens = await scope.ServiceProvider.GetRequiredService<RapportService>().LaadAsync(CancellationToken.None);

        var factoren = gegevens.Analyse.Factoren.ToDictionary(f => f.Code);
        Assert.True(factoren["bewoners-aan-zet"].Verschil > 0);
        Assert.True(factoren["professional-dominant"].Verschil < 0);
        Assert.All(factoren.Values.Where(f => f.VerschilInterval is not null), f => Assert.InRange(f.Verschil!.Value, f.VerschilInterval!.Value.Onder, f.VerschilInterval.Value.Boven));
    }

    [Fact]
    public async Task SelectieRapport_NamesTheTwoChosenWithTheirReasonsAndEveryBuurt()
    {
        var html = await PaginaAsync("/rapporten/selectie");
        using var scope = factory.Services.CreateScope();
        var beoordelingen = await scope.ServiceProvider.GetRequiredService<BuurtSelectie>().BeoordeelAsync(CancellationToken.None);
        var gegevens = await scope.ServiceProvider.GetRequiredService<RapportService>().LaadAsync(CancellationToken.None);
        var gekozen = gegevens.Gekozen;

        Assert.Equal(2, gekozen.Count);
        if (!gegevens.SelectieVastgelegd)
        {
            Assert.Equal(BuurtSelectie.Top(beoordelingen, 2).Select(b => b.Code), gekozen.Select(b => b.Code));
        }

        var sectie = html[html.IndexOf("Gekozen buurten", StringComparison.Ordinal)..html.IndexOf("Voorwaarden per buurt", StringComparison.Ordinal)];
        foreach (var b in gekozen)
        {
            Assert.Contains($"{Html.E(b.Naam)} ({b.Code}", sectie, StringComparison.Ordinal);
            Assert.Contains($"score {Html.Getal(b.Score)}", sectie, StringComparison.Ordinal);
            foreach (var c in b.Criteria.Where(c => c.Voldaan))
            {
                Assert.Contains(Html.E(c.Uitleg), sectie, StringComparison.Ordinal);
            }
        }

        foreach (var b in beoordelingen)
        {
            Assert.Contains($"<code>{b.Code}</code>", html, StringComparison.Ordinal);
            foreach (var c in b.Criteria.Where(c => !c.Voldaan))
            {
                Assert.Contains(Html.E(c.Uitleg), html, StringComparison.Ordinal);
            }
        }

        Assert.Contains("ja, <strong>gekozen</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoorstelRapport_BuiltFromTheInitiativesInTheChosenBuurten()
    {
        var html = await PaginaAsync("/rapporten/voorstel");
        using var scope = factory.Services.CreateScope();
        var gegevens = await scope.ServiceProvider.GetRequiredService<RapportService>().LaadAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();

        foreach (var b in gegevens.Gekozen)
        {
            var aantal = await db.Initiatieven.CountAsync(i => i.Buurt!.Code == b.Code);
            var gevraagd = (await db.Initiatieven.Where(i => i.Buurt!.Code == b.Code).Select(i => i.GevraagdBedrag).ToListAsync()).Sum();
            Assert.Contains($"{Html.E(b.Naam)} ({b.Code})", html, StringComparison.Ordinal);
            Assert.Contains($"{aantal} initiatieven van bewoners", html, StringComparison.Ordinal);
            Assert.Contains($"Gevraagd in totaal {Html.E(Html.Bedrag(gevraagd))}", html, StringComparison.Ordinal);
        }

        Assert.Contains("Buurtbudget:", html, StringComparison.Ordinal);
        Assert.Contains("Wie levert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdviesRapport_GivesAdviceWithTheFiguresItRestsOn()
    {
        var html = await PaginaAsync("/rapporten/advies");
        using var scope = factory.Services.CreateScope();
        var gegevens = await scope.ServiceProvider.GetRequiredService<RapportService>().LaadAsync(CancellationToken.None);

        Assert.Contains("Waarop gebaseerd", html, StringComparison.Ordinal);
        Assert.Contains(Html.E("Geef elke buurt een vaste contactpersoon die niet wisselt"), html, StringComparison.Ordinal);
        var steun = gegevens.Werkstroom.OndersteuningTotaal;
        Assert.Contains($"Initiatieven ondersteund: {steun.Ondersteund} van {steun.Besloten} besloten ({Html.Procent(steun.Aandeel)}", html, StringComparison.Ordinal);
        foreach (var b in gegevens.Gekozen)
        {
            Assert.Contains(Html.E(b.Naam), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dashboard_Staff_ReturnsTheWorkbenchFigures()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/dashboard"));

        var root = json.RootElement;
        Assert.Equal(200, root.GetProperty("aantalInitiatieven").GetInt32());
        Assert.Equal(200, root.GetProperty("perBuurtEnStatus").EnumerateArray().Sum(r => r.GetProperty("aantal").GetInt32()));
        Assert.Equal(4, root.GetProperty("doorlooptijdPerStap").GetArrayLength());
        Assert.True(root.GetProperty("knelpunten").GetArrayLength() > 0);
        Assert.True(root.GetProperty("ondersteuningTotaal").GetProperty("besloten").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("verlopenTaken").ValueKind);
    }

    [Fact]
    public async Task Dashboard_Anonymous_Returns401()
    {
        var response = await factory.CreateClient().GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenData_Anonymous_ListsAndServesEveryDatasetAsCsvAndJson()
    {
        var client = factory.CreateClient();

        var index = await client.GetFromJsonAsync<List<DatasetDto>>("/api/open-data");

        Assert.Equal(OpenData.Datasets.Keys.Order(), index!.Select(d => d.Naam).Order());
        foreach (var dataset in index!)
        {
            var csv = await client.GetAsync(dataset.Csv);
            var json = await client.GetAsync(dataset.Json);
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
            var regels = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.True(regels.Length > 1, $"{dataset.Naam}.csv has rows");
            using var doc = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
            Assert.Equal(dataset.Naam, doc.RootElement.GetProperty("dataset").GetString());
            Assert.Equal(regels.Length - 1, doc.RootElement.GetProperty("rijen").GetArrayLength());
        }
    }

    [Fact]
    public async Task OpenData_InitiativesPerBuurt_AddsUpToAllInitiatives()
    {
        var csv = await factory.CreateClient().GetStringAsync("/api/open-data/initiatieven-per-buurt.csv");

        var regels = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("buurtcode,buurtnaam,status,aantal", regels[0]);
        Assert.Equal(200, regels.Skip(1).Sum(r => int.Parse(r[(r.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task OpenData_UnknownDataset_Returns404WithDutchProblem()
    {
        var response = await factory.CreateClient().GetAsync("/api/open-data/bewoners.csv");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDto>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("bestaat niet", problem!.Detail, StringComparison.Ordinal);
    }

    private async Task<string> PaginaAsync(string pad)
    {
        var client = await factory.CreateStaffClientAsync("beleid");
        var response = await client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private sealed record DatasetDto(string Naam, string Omschrijving, string Csv, string Json);

    private sealed record ProblemDto(string? Title, string? Detail, int Status);
}

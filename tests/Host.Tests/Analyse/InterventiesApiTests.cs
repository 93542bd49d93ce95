using System.Net;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Analyse;

/// <summary>The interventions register: staff read, beleid/beheer/afdeling change, factor codes validated with located Dutch messages.</summary>
public sealed class InterventiesApiTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public InterventiesApiTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task List_Staff_ReturnsDemoInterventionsWithFactorLabels()
    {
        var client = await factory.CreateStaffClientAsync("corporatie");

        var lijst = await client.GetFromJsonAsync<List<InterventieDto>>("/api/interventies");

        Assert.True(lijst!.Count >= 40);
        Assert.Equal(4, lijst.Take(40).Count(i => i.Lopend));
        Assert.All(lijst.Take(40).Where(i => !i.Lopend), i => Assert.InRange(i.Uitkomst!.Value, 1, 5));
        Assert.All(lijst.SelectMany(i => i.Succesfactoren), f => Assert.False(string.IsNullOrEmpty(f.Label)));
    }

    [Fact]
    public async Task Get_Unknown_Returns404Problem()
    {
        var client = await factory.CreateStaffClientAsync("beleid");

        var response = await client.GetAsync("/api/interventies/99999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("bestaat niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAndUpdate_Beleid_StoresTheIntervention()
    {
        var client = await factory.CreateStaffClientAsync("beleid");
        var buurt = (await client.GetFromJsonAsync<List<BuurtDto>>("/api/buurten"))![0].Code;

        var created = await client.PostAsJsonAsync("/api/interventies", Request(buurt, ["vaste-contactpersoon"], ["trage-besluitvorming"]));
        var dto = await created.Content.ReadFromJsonAsync<InterventieDto>();
        var updated = await client.PutAsJsonAsync($"/api/interventies/{dto!.Id}", Request(buurt, ["bewoners-aan-zet", "communicatie"], [], uitkomst: 4, eind: new DateTime(2025, 6, 1)));
        var opgehaald = await client.GetFromJsonAsync<InterventieDto>($"/api/interventies/{dto.Id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(dto.Lopend);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(4, opgehaald!.Uitkomst);
        Assert.False(opgehaald.Lopend);
        Assert.Equal(["bewoners-aan-zet", "communicatie"], opgehaald.Succesfactoren.Select(f => f.Code));
        Assert.Equal("Bewoners hadden zelf de regie", opgehaald.Succesfactoren[0].Label);
    }

    [Fact]
    public async Task Create_UnknownFactorCodes_Returns400WithLocatedDutchMessages()
    {
        var client = await factory.CreateStaffClientAsync("afdeling");

        var response = await client.PostAsJsonAsync("/api/interventies", Request("BU99999999", ["bewoners-aan-zet", "toverstaf"], ["bewoners-aan-zet"], thema: "Weer", uitkomst: 7));
        var problem = await response.Content.ReadFromJsonAsync<ValidationDto>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("De interventie is niet opgeslagen.", problem!.Title);
        Assert.Contains("Onbekende factorcode 'toverstaf'", problem.Errors["succesfactoren[1]"][0], StringComparison.Ordinal);
        Assert.Contains("zowel bij de succesfactoren als bij de belemmeringen", problem.Errors["belemmeringen[0]"][0], StringComparison.Ordinal);
        Assert.Contains("Buurt 'BU99999999' bestaat niet", problem.Errors["buurtCode"][0], StringComparison.Ordinal);
        Assert.Contains("Onbekend thema 'Weer'", problem.Errors["thema"][0], StringComparison.Ordinal);
        Assert.Contains("schaal 1 (mislukt) tot 5", problem.Errors["uitkomst"][0], StringComparison.Ordinal);
        Assert.Contains("succesfactoren[1]: Onbekende factorcode", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_RunningWithOutcome_IsRefused()
    {
        var client = await factory.CreateStaffClientAsync("beheer");
        var buurt = (await client.GetFromJsonAsync<List<BuurtDto>>("/api/buurten"))![0].Code;

        var response = await client.PostAsJsonAsync("/api/interventies", Request(buurt, [], [], uitkomst: 3));
        var problem = await response.Content.ReadFromJsonAsync<ValidationDto>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lopende interventie", problem!.Errors["uitkomst"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Wijkcoordinator_Returns403()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var response = await client.PostAsJsonAsync("/api/interventies", Request("BU99010101", [], []));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_Anonymous_Returns401()
    {
        var response = await factory.CreateClient().GetAsync("/api/interventies");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static object Request(string buurt, string[] succes, string[] belemmering, string thema = "Ontmoeting", int? uitkomst = null, DateTime? eind = null) => new
    {
        titel = "Buurtkamer op woensdag",
        buurtCode = buurt,
        thema,
        doel = "Ontmoeting voor ouderen",
        aanpak = "Bewoners openen zelf de buurtkamer",
        partijen = "gemeente, corporatie",
        startDatum = new DateTime(2025, 1, 1),
        eindDatum = eind,
        bereik = 30,
        uitkomst,
        succesfactoren = succes,
        belemmeringen = belemmering,
        leerpunten = "Zelf openen werkte.",
    };

    private sealed record FactorDto(string Code, string Label);

    private sealed record InterventieDto(int Id, string Titel, string BuurtCode, bool Lopend, int? Uitkomst, List<FactorDto> Succesfactoren, List<FactorDto> Belemmeringen);

    private sealed record BuurtDto(string Code);

    private sealed record ValidationDto(string Title, string Detail, Dictionary<string, string[]> Errors);
}

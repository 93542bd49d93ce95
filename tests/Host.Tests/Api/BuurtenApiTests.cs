using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Api;

public sealed class BuurtenApiTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public BuurtenApiTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task List_StaffLogin_ReturnsDemoBuurtenWithIndicators()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var buurten = await client.GetFromJsonAsync<List<BuurtDto>>("/api/buurten");

        Assert.InRange(buurten!.Count, 55, 65);
        Assert.All(buurten, b => Assert.Matches("^BU[0-9]{8}$", b.Code));
        Assert.All(buurten, b => Assert.NotNull(b.SesScore));
        Assert.True(buurten.Select(b => b.AandeelCorporatiewoningen).Distinct().Count() > 40, "indicators should vary per buurt");
        Assert.True(buurten.Sum(b => b.AantalActieveInitiatieven) > 50, "active initiatives are counted per buurt");
        Assert.Contains(buurten, b => b.Wijkraad is not null);
    }

    [Fact]
    public async Task List_GivesTheVerdictOfTheBuurtselectieRulesInUse()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");
        using var scope = factory.Services.CreateScope();
        var beoordelingen = await scope.ServiceProvider.GetRequiredService<Participatie.Host.Features.Regels.BuurtSelectie>().BeoordeelAsync(default);

        var buurten = await client.GetFromJsonAsync<List<System.Text.Json.Nodes.JsonObject>>("/api/buurten");

        var top = Participatie.Host.Features.Regels.BuurtSelectie.Top(beoordelingen, int.MaxValue).Select(b => b.Code).ToList();
        foreach (var buurt in buurten!)
        {
            var code = buurt["code"]!.GetValue<string>();
            var selectie = buurt["selectie"]!;
            Assert.Equal(beoordelingen.Single(b => b.Code == code).Geschikt, selectie["geschikt"]!.GetValue<bool>());
            Assert.Equal(top.Contains(code) ? top.IndexOf(code) + 1 : null, selectie["rang"]?.GetValue<int>());
            Assert.StartsWith("buurtselectie v1 @", selectie["regelsetVersie"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Contains(buurten, b => b["selectie"]!["rang"]?.GetValue<int>() == 1);
    }

    [Fact]
    public async Task List_FilterByWijk_ReturnsOnlyThatWijk()
    {
        var client = await factory.CreateStaffClientAsync("beleid");

        var buurten = await client.GetFromJsonAsync<List<BuurtDto>>("/api/buurten?wijk=Noord");

        Assert.NotEmpty(buurten!);
        Assert.All(buurten!, b => Assert.Equal("Noord", b.WijkNaam));
    }

    [Fact]
    public async Task Get_UnknownCode_Returns404()
    {
        var client = await factory.CreateStaffClientAsync("beleid");

        var response = await client.GetAsync("/api/buurten/BU00000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed record BuurtDto(string Code, string Naam, string WijkNaam, string? Wijkraad, double? SesScore, double? AandeelCorporatiewoningen, int AantalActieveInitiatieven);
}

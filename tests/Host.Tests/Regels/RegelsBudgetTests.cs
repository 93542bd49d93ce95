using System.Net;
using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Regels;

/// <summary>
/// The rules editor and the budgets: loops nested too deep are refused by the check with a located error and never
/// replace the published version; a run-time bomb stops at its budget in the test panel and in what-if, with a message.
/// </summary>
public sealed class RegelsBudgetTests : IClassFixture<ParticipatieFactory>
{
    private const string Drempel = "buurt.Huishoudens >= 500";
    private readonly ParticipatieFactory factory;

    public RegelsBudgetTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task Check_LoopsNestedFiveDeep_AreRefusedWithALocatedError_AndPublishingKeepsTheVersionInUse()
    {
        var client = await factory.CreateStaffClientAsync("beleid");
        var gepubliceerd = await RegelsApiTests.PublishedJsonAsync(client, "ondersteuning");
        const string Woont = "\"initiatief.WoontInGemeente\"";
        var plek = gepubliceerd.IndexOf(Woont, StringComparison.Ordinal);
        Assert.True(plek > 0);
        var lijst = "initiatief.HulpGevraagd";
        var bom = $"{lijst}.Count(a => {lijst}.Count(b => {lijst}.Count(c => {lijst}.Count(d => {lijst}.Count(e => e.Length > 0) > 0) > 0) > 0) > 0) >= 0";
        var json = gepubliceerd[..plek] + "\"" + bom + "\"" + gepubliceerd[(plek + Woont.Length)..];

        var controle = (await (await client.PostAsJsonAsync("/api/regels/ondersteuning/controle", new { json })).Content.ReadFromJsonAsync<JsonObject>())!;

        var fout = Assert.Single(controle["fouten"]!.AsArray(), f => f!["ernst"]!.GetValue<string>() == "fout")!;
        Assert.Equal("Expression", fout["veld"]!.GetValue<string>());
        Assert.True(fout["regelnummer"]!.GetValue<int>() > 1);
        Assert.Contains("RE0120", fout.ToJsonString(), StringComparison.Ordinal);

        var concept = await (await client.PutAsJsonAsync("/api/regels/ondersteuning/concept", new { json, revisie = (int?)null })).Content.ReadFromJsonAsync<JsonObject>();
        var publicatie = await client.PostAsJsonAsync("/api/regels/ondersteuning/publiceren", new { revisie = concept!["revisie"]!.GetValue<int>(), toelichting = "bom" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publicatie.StatusCode);
        Assert.Equal(gepubliceerd, await RegelsApiTests.PublishedJsonAsync(client, "ondersteuning"));
        await client.DeleteAsync("/api/regels/ondersteuning/concept");
    }

    [Fact]
    public async Task TestPanelAndWhatIf_AStringBomb_StopAtTheBudgetWithItsMessage()
    {
        var client = await factory.CreateStaffClientAsync("beleid");
        var keuzes = await client.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie/keuzes");
        var codes = keuzes!["buurten"]!.AsArray().Take(2).Select(b => b!["sleutel"]!.GetValue<string>()).ToArray();
        var verdubbel = string.Concat(Enumerable.Repeat(".Replace(\\\"a\\\", \\\"aa\\\")", 30));
        var json = (await RegelsApiTests.PublishedJsonAsync(client, "buurtselectie"))
            .Replace(Drempel, $"(buurt.Naam + \\\"a\\\"){verdubbel}.Length > 0 && {Drempel}", StringComparison.Ordinal);

        var test = await client.PostAsJsonAsync("/api/regels/buurtselectie/test", new { json, buurten = codes });
        var watAls = await client.PostAsJsonAsync("/api/regels/buurtselectie/watals", new { json });

        Assert.Equal(HttpStatusCode.OK, test.StatusCode);
        var resultaten = (await test.Content.ReadFromJsonAsync<JsonObject>())!["resultaten"]!.AsArray();
        Assert.Equal(2, resultaten.Count);
        foreach (var resultaat in resultaten)
        {
            var tekst = resultaat!.ToJsonString();
            Assert.Contains("Tekstbudget overschreden", tekst, StringComparison.Ordinal);
        }

        // What-if runs the same rules over every buurt: each stops at its budget, and no buurt qualifies any more.
        Assert.Equal(HttpStatusCode.OK, watAls.StatusCode);
        Assert.True((await watAls.Content.ReadFromJsonAsync<JsonObject>())!["aantalGewijzigd"]!.GetValue<int>() > 0);
    }
}

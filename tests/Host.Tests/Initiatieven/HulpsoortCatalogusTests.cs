using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Bot.Diensten;
using Participatie.Bot.Schema;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Features.Regels;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Initiatieven;

/// <summary>
/// One catalogue of kinds of help (workflows-json/hulpsoorten.json): the bot offers what it lists, initiatives store its
/// codes, the rules read them. Adding a kind is one entry; a broken file is refused with the entry and field named
/// (and stops the start: StartFailureTests).
/// </summary>
public sealed class HulpsoortCatalogusTests : IDisposable
{
    private static readonly string Meegeleverd = Path.Combine(RepositoryPaths.Root, "workflows-json", HulpsoortCatalogus.Bestandsnaam);
    private readonly DirectoryInfo map = Directory.CreateTempSubdirectory("participatie-hulpsoorten");

    [Fact]
    public void TheShippedCatalogue_NamesEveryKindInBothLanguages_AndADecidingRuleSet()
    {
        var soorten = HulpsoortCatalogus.Lees(Meegeleverd);

        Assert.Equal(["geld", "ruimte", "materialen", "advies", "vergunning", "contactpersoon"], soorten.Select(s => s.Code));
        Assert.All(soorten, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Naam["nl"]));
            Assert.False(string.IsNullOrWhiteSpace(s.Naam["en"]));
            Assert.NotNull(RegelsetSoort.Zoek(s.Regelset));
        });
    }

    [Fact]
    public async Task ANewKind_IsOneEntry_OfferedToTheBot_StoredOnTheInitiative_AndReadByTheRules()
    {
        var pad = MetExtraSoort("vervoer", "Vervoer", "Transport");
        await using var factory = new MetCatalogus(pad);
        using var _ = factory.CreateClient();
        var diensten = factory.Services.GetRequiredService<IParticipatieDiensten>();

        var vervoer = Assert.Single(diensten.Hulpsoorten, h => h.Code == "vervoer");
        Assert.Equal("Transport", vervoer.NaamIn("en-GB"));
        Assert.Contains("busje", vervoer.AlleSynoniemen());

        await using var db = await factory.CreateDbContextAsync();
        var buurt = await db.Buurten.OrderBy(b => b.Code).FirstAsync();
        var aangemaakt = await diensten.StartInitiatiefAsync(Aanvraag(["vervoer", "onbekend", "geld"], buurt.Code, buurt.Naam, factory.HostClock.GetUtcNow()), default);

        var initiatief = await db.Initiatieven.SingleAsync(i => i.Referentie == aangemaakt.Referentie);
        Assert.Equal(["geld", "vervoer"], initiatief.GevraagdeHulp);
        await using var scope = factory.Services.CreateAsyncScope();
        var invoer = await scope.ServiceProvider.GetRequiredService<RegelInvoerFactory>().InitiatiefAsync(initiatief, default);
        Assert.Equal(["geld", "vervoer"], invoer.HulpGevraagd);
    }

    [Theory]
    [InlineData("dubbel", "hulpsoort 2 ('geld'): de code komt twee keer voor")]
    [InlineData("zonder-engels", "hulpsoort 1 ('geld'): 'naam.en' ontbreekt")]
    [InlineData("onbekende-regelset", "hulpsoort 1 ('geld'): regelset 'subsidies' bestaat niet")]
    [InlineData("hoofdletters", "hulpsoort 1: 'code' moet kleine letters zijn")]
    public void ABrokenCatalogue_IsRefused_WithTheEntryAndFieldNamed(string fout, string verwacht)
    {
        var pad = Path.Combine(map.FullName, fout + ".json");
        var soort = Soort("geld", "Geld", "Money");
        switch (fout)
        {
            case "dubbel":
                File.WriteAllText(pad, new JsonObject { ["hulpsoorten"] = new JsonArray(soort, soort.DeepClone()) }.ToJsonString());
                break;
            case "zonder-engels":
                soort["naam"]!.AsObject().Remove("en");
                File.WriteAllText(pad, new JsonObject { ["hulpsoorten"] = new JsonArray(soort) }.ToJsonString());
                break;
            case "onbekende-regelset":
                soort["regelset"] = "subsidies";
                File.WriteAllText(pad, new JsonObject { ["hulpsoorten"] = new JsonArray(soort) }.ToJsonString());
                break;
            case "hoofdletters":
                soort["code"] = "Geld";
                File.WriteAllText(pad, new JsonObject { ["hulpsoorten"] = new JsonArray(soort) }.ToJsonString());
                break;
        }

        var ex = Assert.Throws<InvalidDataException>(() => HulpsoortCatalogus.Lees(pad));
        Assert.StartsWith(pad + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(verwacht, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableJson_IsRefused_WithItsLine()
    {
        var pad = Path.Combine(map.FullName, "kapot.json");
        File.WriteAllText(pad, "{\n  \"hulpsoorten\": [\n    { \"code\": \"geld\", }\n    oeps\n  ]\n}");

        var ex = Assert.Throws<InvalidDataException>(() => HulpsoortCatalogus.Lees(pad));

        Assert.Contains("regel 4", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => map.Delete(recursive: true);

    private string MetExtraSoort(string code, string nl, string en)
    {
        var bestand = JsonNode.Parse(File.ReadAllText(Meegeleverd))!;
        var extra = Soort(code, nl, en);
        extra["synoniemen"]!["nl"]!.AsArray().Add("busje");
        bestand["hulpsoorten"]!.AsArray().Add(extra);
        var pad = Path.Combine(map.FullName, HulpsoortCatalogus.Bestandsnaam);
        File.WriteAllText(pad, bestand.ToJsonString());
        return pad;
    }

    private static JsonObject Soort(string code, string nl, string en) => new()
    {
        ["code"] = code,
        ["naam"] = new JsonObject { ["nl"] = nl, ["en"] = en },
        ["synoniemen"] = new JsonObject { ["nl"] = new JsonArray(code), ["en"] = new JsonArray() },
        ["regelset"] = "ondersteuning",
        ["voorstel"] = new JsonObject { ["wie"] = "gemeente", ["aanpak"] = "Op verzoek van de bewoners." },
    };

    private static IntakeAanvraag Aanvraag(IReadOnlyList<string> hulp, string buurtCode, string buurtNaam, DateTimeOffset nu) => new(
        Idee: "samen naar de kringloop",
        Titel: "Kringloopritten",
        BuurtCode: buurtCode,
        BuurtNaam: buurtNaam,
        Postcode: null,
        VoorWie: "de buren",
        MetWie: "de buren",
        AantalBuurtgenoten: 12,
        Hulp: hulp,
        ZelfUitvoeren: true,
        Begroting: 300m,
        EigenBijdrage: [],
        EigenBijdrageBedrag: null,
        Startdatum: DateOnly.FromDateTime(nu.UtcDateTime).AddDays(30),
        Naam: "Test Bewoner",
        Email: "test@example.nl",
        Telefoon: null,
        Taal: "nl-NL",
        Gesprek: new ConversationReference(),
        IngediendOp: nu,
        Idempotentiesleutel: Guid.NewGuid().ToString("N"));

    private sealed class MetCatalogus(string pad)
        : ParticipatieFactory("Development", new Dictionary<string, string?> { ["Participatie:HulpsoortenFile"] = pad });
}

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Features.Regels;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Regels;

/// <summary>
/// The rules editor's staff API, step by step: draft, checks, completion, test run, what-if, publish,
/// versions and differences, roll back and the audit trail. Each test that publishes has its own host.
/// </summary>
public sealed class RegelsApiTests : IClassFixture<ParticipatieFactory>
{
    private const string Drempel = "buurt.Huishoudens >= 500";

    private readonly ParticipatieFactory shared;

    public RegelsApiTests(ParticipatieFactory shared) => this.shared = shared;

    [Fact]
    public async Task List_ShowsTheShippedRuleSetsAsVersion1_ImportedInTheAuditTrail()
    {
        var client = await shared.CreateStaffClientAsync("beleid");

        var lijst = await client.GetFromJsonAsync<List<JsonObject>>("/api/regels");
        var logboek = await client.GetFromJsonAsync<JsonObject>("/api/regels/audit");

        Assert.Equal(["buurtbudget-voorstel", "buurtselectie", "ondersteuning", "routering", "uitdaagrecht"], lijst!.Select(r => r["naam"]!.GetValue<string>()));
        Assert.All(lijst!, r => Assert.Equal(1, r["gepubliceerd"]!["nummer"]!.GetValue<int>()));
        Assert.Equal("buurt", lijst!.Single(r => r["naam"]!.GetValue<string>() == "buurtselectie")["invoer"]!.GetValue<string>());
        Assert.True(logboek!["intact"]!.GetValue<bool>());
        Assert.Equal(5, logboek["regels"]!.AsArray().Count(r => r!["actie"]!.GetValue<string>() == "geïmporteerd"));
        var catalog = shared.Services.GetRequiredService<RegelsetCatalog>();
        Assert.StartsWith("buurtselectie v1 @", catalog.Versie(RegelsetCatalog.Buurtselectie), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wijkcoordinator")]
    [InlineData("afdeling")]
    [InlineData("corporatie")]
    public async Task OtherRoles_AreRefused(string role)
    {
        var client = await shared.CreateStaffClientAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/regels")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/regels/buurtselectie/publiceren", new { revisie = 1, toelichting = "x" })).StatusCode);
    }

    [Fact]
    public async Task Detail_GivesThePublishedTextAndTheInputFields()
    {
        var client = await shared.CreateStaffClientAsync("beheer");

        var detail = await client.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie");

        Assert.Contains(Drempel, detail!["gepubliceerd"]!["json"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(detail["velden"]!.AsArray(), v => v!["naam"]!.GetValue<string>() == "Huishoudens" && v["type"]!.GetValue<string>() == "geheel getal");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/regels/bestaat-niet")).StatusCode);
    }

    [Fact]
    public async Task Draft_IsSavedAlsoWhenInvalid_WithLocatedErrors_AndAStaleRevisionIsRefused()
    {
        using var factory = new ParticipatieFactory();
        var client = await factory.CreateStaffClientAsync("beleid");
        var json = await PublishedJsonAsync(client, "buurtselectie");
        var kapot = json.Replace(Drempel, "buurt.Huishoudes >= 500", StringComparison.Ordinal);

        var eerste = await client.PutAsJsonAsync("/api/regels/buurtselectie/concept", new { json = kapot, revisie = (int?)null });
        var opgeslagen = await eerste.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.Equal(1, opgeslagen!["revisie"]!.GetValue<int>());
        Assert.False(opgeslagen["geldig"]!.GetValue<bool>());
        var fout = Assert.Single(opgeslagen["fouten"]!.AsArray(), f => f!["ernst"]!.GetValue<string>() == "fout")!;
        Assert.Equal("Genoeg huishoudens", fout["regel"]!.GetValue<string>());
        Assert.Equal(["Geschikt voor doe-democratie", "Genoeg huishoudens"], fout["regelpad"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("Expression", fout["veld"]!.GetValue<string>());
        Assert.True(fout["regelnummer"]!.GetValue<int>() > 1);
        Assert.Contains("Huishoudes", fout["tekst"]!.GetValue<string>(), StringComparison.Ordinal);

        var tweede = await client.PutAsJsonAsync("/api/regels/buurtselectie/concept", new { json, revisie = 1 });
        Assert.Equal(2, (await tweede.Content.ReadFromJsonAsync<JsonObject>())!["revisie"]!.GetValue<int>());

        var verouderd = await client.PutAsJsonAsync("/api/regels/buurtselectie/concept", new { json = kapot, revisie = 1 });
        var probleem = await verouderd.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.Conflict, verouderd.StatusCode);
        Assert.Equal(2, probleem!["huidigeRevisie"]!.GetValue<int>());
        var detail = await client.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie");
        Assert.Equal(json, detail!["concept"]!["json"]!.GetValue<string>());
        Assert.True(detail["concept"]!["geldig"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/regels/buurtselectie/concept")).StatusCode);
        Assert.Null((await client.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie"))!["concept"]);
    }

    [Fact]
    public async Task Check_RuleNamesThatRepeat_AreLocatedByTheirFullPath()
    {
        var client = await shared.CreateStaffClientAsync("beleid");
        var json = await PublishedJsonAsync(client, "ondersteuning");
        var eerste = json.IndexOf("\"initiatief.WoontInGemeente\"", StringComparison.Ordinal);
        var tweede = json.IndexOf("\"initiatief.WoontInGemeente\"", eerste + 1, StringComparison.Ordinal);
        Assert.True(tweede > 0, "ondersteuning has 'Woont in de gemeente' under two support types");
        var kapot = json[..tweede] + "\"initiatief.WoontInGemeent\"" + json[(tweede + "\"initiatief.WoontInGemeente\"".Length)..];

        var result = await (await client.PostAsJsonAsync("/api/regels/ondersteuning/controle", new { json = kapot })).Content.ReadFromJsonAsync<JsonObject>();

        var fout = Assert.Single(result!["fouten"]!.AsArray(), f => f!["ernst"]!.GetValue<string>() == "fout")!;
        var pad = fout["regelpad"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Equal(2, pad.Count);
        Assert.NotEqual("Buurtbudget", pad[0]);
        Assert.Equal("Woont in de gemeente", pad[1]);
    }

    [Fact]
    public async Task ExpressionCheck_LocatesTheErrorInsideTheExpression_InTheScopeOfItsRule()
    {
        var client = await shared.CreateStaffClientAsync("beleid");
        var json = await PublishedJsonAsync(client, "buurtselectie");

        var fout = await client.PostAsJsonAsync("/api/regels/buurtselectie/expressie/controle", new
        {
            json, regelpad = new[] { "Geschikt voor doe-democratie", "Genoeg huishoudens" }, veld = "Expression", expressie = "buurt.Huishoudens >= 500 && buurt.Onbekend > 1",
        });
        var goed = await client.PostAsJsonAsync("/api/regels/buurtselectie/expressie/controle", new
        {
            json, regelpad = new[] { "Prioriteitsscore" }, veld = "Expression", expressie = "score > 10 && sesDeel >= 0",
        });

        var fouten = (await fout.Content.ReadFromJsonAsync<JsonObject>())!["fouten"]!.AsArray();
        var enige = Assert.Single(fouten)!;
        Assert.Equal("buurt.Huishoudens >= 500 && ".Length, enige["expressieStart"]!.GetValue<int>());
        Assert.Equal("buurt.Onbekend".Length, enige["expressieLengte"]!.GetValue<int>());
        Assert.Empty((await goed.Content.ReadFromJsonAsync<JsonObject>())!["fouten"]!.AsArray());
    }

    [Fact]
    public async Task Completion_OffersTheInputsFieldsAfterTheDot_AndTheParamsInScope()
    {
        var client = await shared.CreateStaffClientAsync("beleid");
        var json = await PublishedJsonAsync(client, "buurtselectie");

        var velden = await client.PostAsJsonAsync("/api/regels/buurtselectie/expressie/aanvulling", new
        {
            json, regelpad = new[] { "Geschikt voor doe-democratie", "Genoeg huishoudens" }, veld = "Expression", expressie = "buurt.Huis", positie = 10,
        });
        var namen = await client.PostAsJsonAsync("/api/regels/buurtselectie/expressie/aanvulling", new
        {
            json, regelpad = new[] { "Prioriteitsscore" }, veld = "Expression", expressie = "sco", positie = 3,
        });

        var v = (await velden.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(6, v["van"]!.GetValue<int>());
        Assert.Contains(v["aanvullingen"]!.AsArray(), a => a!["label"]!.GetValue<string>() == "Huishoudens" && a["soort"]!.GetValue<string>() == "veld");
        var n = (await namen.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains(n["aanvullingen"]!.AsArray(), a => a!["label"]!.GetValue<string>() == "score" && a["soort"]!.GetValue<string>() == "parameter");
    }

    [Fact]
    public async Task TestRun_OnChosenBuurten_ShowsEachRuleWithTheValuesItUsed()
    {
        var client = await shared.CreateStaffClientAsync("beleid");
        var keuzes = await client.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie/keuzes");
        var codes = keuzes!["buurten"]!.AsArray().Take(2).Select(b => b!["sleutel"]!.GetValue<string>()).ToArray();
        var json = (await PublishedJsonAsync(client, "buurtselectie")).Replace(Drempel, "buurt.Huishoudens >= 1", StringComparison.Ordinal);

        var response = await client.PostAsJsonAsync("/api/regels/buurtselectie/test", new { json, buurten = codes });
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resultaten = result["resultaten"]!.AsArray();
        Assert.Equal(codes, resultaten.Select(r => r!["sleutel"]!.GetValue<string>()));
        using var scope = shared.Services.CreateScope();
        var buurten = await scope.ServiceProvider.GetRequiredService<RegelInvoerFactory>().BuurtenAsync(null, default);
        foreach (var resultaat in resultaten)
        {
            var buurt = buurten.Single(b => b.Code == resultaat!["sleutel"]!.GetValue<string>());
            var geschikt = resultaat!["regels"]!.AsArray().Single(r => r!["naam"]!.GetValue<string>() == BuurtSelectie.GeschiktRegel)!;
            var huishoudens = geschikt["subregels"]!.AsArray().Single(r => r!["naam"]!.GetValue<string>() == "Genoeg huishoudens")!;
            var waarde = Assert.Single(huishoudens["waarden"]!.AsArray())!;
            Assert.Equal("buurt.Huishoudens", waarde["naam"]!.GetValue<string>());
            Assert.Equal(buurt.Huishoudens, waarde["waarde"]!.GetValue<int>());
            Assert.Equal(buurt.Huishoudens >= 1, huishoudens["geslaagd"]!.GetValue<bool>());
            Assert.False(string.IsNullOrEmpty(huishoudens["uitleg"]!.GetValue<string>()));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/regels/buurtselectie/test", new { json })).StatusCode);
    }

    [Fact]
    public async Task TestRun_OnAllInitiatives_RunsTheDraftOnEveryOne()
    {
        var client = await shared.CreateStaffClientAsync("beleid");
        var keuzes = await client.GetFromJsonAsync<JsonObject>("/api/regels/ondersteuning/keuzes");

        var result = await (await client.PostAsJsonAsync("/api/regels/ondersteuning/test", new { alle = true })).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(keuzes!["initiatieven"]!.AsArray().Count, result!["resultaten"]!.AsArray().Count);
        Assert.All(result["resultaten"]!.AsArray(), r => Assert.Contains(r!["regels"]!.AsArray(), x => x!["naam"]!.GetValue<string>() == "Buurtbudget"));
    }

    [Fact]
    public async Task WhatIf_StricterThreshold_ListsExactlyTheBuurtenThatStopQualifying_ThenPublishChangesTheSelection()
    {
        using var factory = new ParticipatieFactory();
        var client = await factory.CreateStaffClientAsync("beleid");
        var voor = await BeoordeelAsync(factory);
        var invoer = await BuurtInvoerAsync(factory);
        // Raise the threshold to just above the median of the qualifying buurten: about half of them drop out.
        var geschikt = voor.Where(b => b.Geschikt).ToList();
        Assert.True(geschikt.Count >= 2, "the demo data should have qualifying buurten");
        var drempel = geschikt.Select(b => invoer[b.Code].Huishoudens).Order().ElementAt(geschikt.Count / 2) + 1;
        var verwachtEraf = geschikt.Where(b => invoer[b.Code].Huishoudens < drempel).Select(b => b.Code).Order().ToList();
        var json = (await PublishedJsonAsync(client, "buurtselectie")).Replace(Drempel, $"buurt.Huishoudens >= {drempel}", StringComparison.Ordinal);
        var concept = await (await client.PutAsJsonAsync("/api/regels/buurtselectie/concept", new { json, revisie = (int?)null })).Content.ReadFromJsonAsync<JsonObject>();

        var watAls = (await (await client.PostAsJsonAsync("/api/regels/buurtselectie/watals", new { aantal = 2 })).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(invoer.Count, watAls["aantalBeoordeeld"]!.GetValue<int>());
        var eraf = watAls["items"]!.AsArray()
            .Where(i => i!["voor"]!["geschikt"]!.GetValue<bool>() && !i["na"]!["geschikt"]!.GetValue<bool>())
            .Select(i => i!["sleutel"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(verwachtEraf, eraf);
        Assert.All(watAls["items"]!.AsArray(), i => Assert.Contains(i!["wijzigingen"]!.AsArray(), w => w!.GetValue<string>().Length > 0));
        Assert.DoesNotContain(watAls["items"]!.AsArray(), i => !i!["voor"]!["geschikt"]!.GetValue<bool>() && i["na"]!["geschikt"]!.GetValue<bool>());
        var geschiktTelling = watAls["perRegel"]!.AsArray().Single(r => r!["regel"]!.GetValue<string>() == BuurtSelectie.GeschiktRegel)!;
        Assert.Equal(geschikt.Count, geschiktTelling["nuJa"]!.GetValue<int>());
        Assert.Equal(geschikt.Count - verwachtEraf.Count, geschiktTelling["straksJa"]!.GetValue<int>());
        Assert.Equal(verwachtEraf.Count, geschiktTelling["eraf"]!.GetValue<int>());
        var topVoor = BuurtSelectie.Top(voor, 2).Select(b => b.Code).ToList();
        Assert.Equal(topVoor.Where(verwachtEraf.Contains).Order(), watAls["selectie"]!["eraf"]!.AsArray().Select(c => c!.GetValue<string>()).Order());

        var publicatie = await client.PostAsJsonAsync("/api/regels/buurtselectie/publiceren", new { revisie = concept!["revisie"]!.GetValue<int>(), toelichting = $"Drempel naar {drempel} huishoudens" });
        Assert.Equal(HttpStatusCode.OK, publicatie.StatusCode);
        Assert.Equal(2, (await publicatie.Content.ReadFromJsonAsync<JsonObject>())!["nummer"]!.GetValue<int>());

        var na = await BeoordeelAsync(factory);
        Assert.Equal(verwachtEraf, voor.Where(b => b.Geschikt).Select(b => b.Code).Except(na.Where(b => b.Geschikt).Select(b => b.Code)).Order());
        Assert.StartsWith("buurtselectie v2 @", factory.Services.GetRequiredService<RegelsetCatalog>().Versie(RegelsetCatalog.Buurtselectie), StringComparison.Ordinal);
        Assert.Null((await client.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie"))!["concept"]);
    }

    [Fact]
    public async Task InvalidDraft_CannotBePublished_AndThePublishedVersionKeepsWorking()
    {
        using var factory = new ParticipatieFactory();
        var client = await factory.CreateStaffClientAsync("beleid");
        var voor = await BeoordeelAsync(factory);
        var json = await PublishedJsonAsync(client, "buurtselectie");
        var kapot = json.Replace(Drempel, "buurt.Huishoudens >= ", StringComparison.Ordinal);
        var concept = await (await client.PutAsJsonAsync("/api/regels/buurtselectie/concept", new { json = kapot, revisie = (int?)null })).Content.ReadFromJsonAsync<JsonObject>();

        var publicatie = await client.PostAsJsonAsync("/api/regels/buurtselectie/publiceren", new { revisie = concept!["revisie"]!.GetValue<int>(), toelichting = "kapotte versie" });
        var probleem = await publicatie.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, publicatie.StatusCode);
        Assert.Contains(probleem!["fouten"]!.AsArray(), f => f!["regel"]!.GetValue<string>() == "Genoeg huishoudens");
        Assert.Contains("gepubliceerde versie blijft in gebruik", probleem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var versies = await client.GetFromJsonAsync<List<JsonObject>>("/api/regels/buurtselectie/versies");
        Assert.Equal(1, Assert.Single(versies!)["nummer"]!.GetValue<int>());
        Assert.Equal(voor.Select(b => (b.Code, b.Geschikt, b.Score)), (await BeoordeelAsync(factory)).Select(b => (b.Code, b.Geschikt, b.Score)));
        var logboek = await client.GetFromJsonAsync<JsonObject>("/api/regels/audit?regelset=buurtselectie");
        Assert.Single(logboek!["regels"]!.AsArray());

        // Also a text the JSON reader refuses, and one without the rule set's own workflow.
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/regels/buurtselectie/concept")).StatusCode);
        foreach (var ongeldig in new[] { "[{ \"WorkflowName\": ", json.Replace("\"WorkflowName\": \"buurtselectie\"", "\"WorkflowName\": \"anders\"", StringComparison.Ordinal) })
        {
            var opgeslagen = await (await client.PutAsJsonAsync("/api/regels/buurtselectie/concept", new { json = ongeldig, revisie = (int?)null })).Content.ReadFromJsonAsync<JsonObject>();
            Assert.False(opgeslagen!["geldig"]!.GetValue<bool>());
            var poging = await client.PostAsJsonAsync("/api/regels/buurtselectie/publiceren", new { revisie = opgeslagen["revisie"]!.GetValue<int>(), toelichting = "ongeldig" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, poging.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/regels/buurtselectie/concept")).StatusCode);
        }

        Assert.StartsWith("buurtselectie v1 @", factory.Services.GetRequiredService<RegelsetCatalog>().Versie(RegelsetCatalog.Buurtselectie), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_NeedsAToelichtingAndTheReviewedRevision()
    {
        using var factory = new ParticipatieFactory();
        var client = await factory.CreateStaffClientAsync("beleid");
        var json = (await PublishedJsonAsync(client, "routering")).Replace("initiatief.GevraagdBedrag > 20000", "initiatief.GevraagdBedrag > 25000", StringComparison.Ordinal);
        await client.PutAsJsonAsync("/api/regels/routering/concept", new { json, revisie = (int?)null });

        var zonderToelichting = await client.PostAsJsonAsync("/api/regels/routering/publiceren", new { revisie = 1, toelichting = " " });
        var verouderd = await client.PostAsJsonAsync("/api/regels/routering/publiceren", new { revisie = 7, toelichting = "grens college" });
        var goed = await client.PostAsJsonAsync("/api/regels/routering/publiceren", new { revisie = 1, toelichting = "grens college" });
        var nogmaals = await client.PostAsJsonAsync("/api/regels/routering/publiceren", new { revisie = 1, toelichting = "grens college" });

        Assert.Equal(HttpStatusCode.BadRequest, zonderToelichting.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, verouderd.StatusCode);
        Assert.Equal(HttpStatusCode.OK, goed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nogmaals.StatusCode);
    }

    [Fact]
    public async Task Versions_HistoryWithReadableDiff_RollBack_AndAnIntactAuditTrail()
    {
        using var factory = new ParticipatieFactory();
        var client = await factory.CreateStaffClientAsync("beleid");
        var origineel = await PublishedJsonAsync(client, "buurtselectie");
        await PublishAsync(client, "buurtselectie", origineel.Replace(Drempel, "buurt.Huishoudens >= 400", StringComparison.Ordinal), "Lagere drempel");

        var verschil = await client.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie/verschil?naar=2");
        var wijziging = Assert.Single(verschil!["wijzigingen"]!.AsArray())!;
        Assert.Equal("versie 1", verschil["van"]!.GetValue<string>());
        Assert.Equal("Expression", wijziging["veld"]!.GetValue<string>());
        Assert.Equal("Geschikt voor doe-democratie › Genoeg huishoudens", wijziging["pad"]!.GetValue<string>());
        Assert.Contains("`buurt.Huishoudens >= 500`", wijziging["tekst"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("`buurt.Huishoudens >= 400`", wijziging["tekst"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(verschil["regels"]!.AsArray(), r => r!["soort"]!.GetValue<string>() == "-" && r["tekst"]!.GetValue<string>().Contains(">= 500", StringComparison.Ordinal));
        Assert.Contains(verschil["regels"]!.AsArray(), r => r!["soort"]!.GetValue<string>() == "+" && r["tekst"]!.GetValue<string>().Contains(">= 400", StringComparison.Ordinal));

        var terug = await client.PostAsJsonAsync("/api/regels/buurtselectie/versies/1/terugzetten", new { toelichting = "Toch weer 500" });
        var versie3 = (await terug.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, terug.StatusCode);
        Assert.Equal(3, versie3["nummer"]!.GetValue<int>());
        Assert.Equal(1, versie3["teruggezetNaar"]!.GetValue<int>());
        Assert.Equal("terugzetting", versie3["bron"]!.GetValue<string>());
        Assert.Equal(origineel, (await client.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie/versies/3"))!["json"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/regels/buurtselectie/versies/3/terugzetten", new { toelichting = "nog eens" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/regels/buurtselectie/versies/9/terugzetten", new { toelichting = "bestaat niet" })).StatusCode);

        var versies = await client.GetFromJsonAsync<List<JsonObject>>("/api/regels/buurtselectie/versies");
        Assert.Equal([3, 2, 1], versies!.Select(v => v["nummer"]!.GetValue<int>()));
        Assert.Equal([true, false, false], versies!.Select(v => v["actief"]!.GetValue<bool>()));
        Assert.Equal("beleid", versies![1]["door"]!.GetValue<string>());

        var logboek = (await client.GetFromJsonAsync<JsonObject>("/api/regels/audit?regelset=buurtselectie"))!;
        Assert.True(logboek["intact"]!.GetValue<bool>());
        Assert.Equal(["teruggezet", "gepubliceerd", "geïmporteerd"], logboek["regels"]!.AsArray().Select(r => r!["actie"]!.GetValue<string>()));
        var laatste = logboek["regels"]!.AsArray()[0]!;
        Assert.Equal((3, 2, "beleid", "Toch weer 500"), (laatste["versie"]!.GetValue<int>(), laatste["vorigeVersie"]!.GetValue<int>(), laatste["door"]!.GetValue<string>(), laatste["toelichting"]!.GetValue<string>()));
        Assert.StartsWith("buurtselectie v3 @", factory.Services.GetRequiredService<RegelsetCatalog>().Versie(RegelsetCatalog.Buurtselectie), StringComparison.Ordinal);
    }

    [Fact]
    [Trait(TestProviders.Trait, TestProviders.SqliteOnly)]
    public async Task AuditTrail_CannotBeChanged_NotThroughTheApi_TheApplicationOrTheDatabase()
    {
        using var factory = new ParticipatieFactory();
        var client = await factory.CreateStaffClientAsync("beheer");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.DeleteAsync("/api/regels/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PutAsJsonAsync("/api/regels/audit", new { })).StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
            var regel = await db.RegelsetLogboek.FirstAsync();
            regel.Toelichting = "vervalst";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            var versie = await db.RegelsetVersies.FirstAsync();
            db.RegelsetVersies.Remove(versie);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "participatie.db")}"))
        {
            await connection.OpenAsync();
            foreach (var sql in new[]
            {
                "UPDATE RegelsetLogboek SET Toelichting = 'vervalst'",
                "DELETE FROM RegelsetLogboek",
                "UPDATE RegelsetVersies SET Json = '[]'",
                "DELETE FROM RegelsetVersies",
            })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                var fout = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
                Assert.Contains("kan niet", fout.Message, StringComparison.Ordinal);
            }
        }

        Assert.True((await client.GetFromJsonAsync<JsonObject>("/api/regels/audit"))!["intact"]!.GetValue<bool>());
    }

    [Fact]
    public void AuditChain_ShowsAChangedOrRemovedEntry()
    {
        var versie = new Domain.RegelsetVersie { Regelset = "r", Nummer = 1, Json = "[]", Sha256 = new string('a', 64), Door = "x" };
        var eerste = RegelsetLogboek.Nieuw(null, new DateTime(2026, 1, 1), "beleid", Domain.RegelsetActie.Gepubliceerd, versie, null);
        var tweede = RegelsetLogboek.Nieuw(eerste, new DateTime(2026, 1, 2), "beleid", Domain.RegelsetActie.Gepubliceerd, versie, 1);
        var derde = RegelsetLogboek.Nieuw(tweede, new DateTime(2026, 1, 3), "beheer", Domain.RegelsetActie.Teruggezet, versie, 1);

        Assert.True(RegelsetLogboek.IsIntact([eerste, tweede, derde]));
        Assert.False(RegelsetLogboek.IsIntact([eerste, derde]));
        tweede.Door = "iemand anders";
        Assert.False(RegelsetLogboek.IsIntact([eerste, tweede, derde]));
    }

    internal static async Task<string> PublishedJsonAsync(HttpClient client, string naam) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/regels/{naam}"))!["gepubliceerd"]!["json"]!.GetValue<string>();

    internal static async Task<int> PublishAsync(HttpClient client, string naam, string json, string toelichting)
    {
        var detail = await client.GetFromJsonAsync<JsonObject>($"/api/regels/{naam}");
        var revisie = detail!["concept"]?["revisie"]?.GetValue<int>();
        var concept = await (await client.PutAsJsonAsync($"/api/regels/{naam}/concept", new { json, revisie })).Content.ReadFromJsonAsync<JsonObject>();
        var response = await client.PostAsJsonAsync($"/api/regels/{naam}/publiceren", new { revisie = concept!["revisie"]!.GetValue<int>(), toelichting });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["nummer"]!.GetValue<int>();
    }

    private static async Task<IReadOnlyList<BuurtSelectie.Beoordeling>> BeoordeelAsync(ParticipatieFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BuurtSelectie>().BeoordeelAsync(default);
    }

    private static async Task<Dictionary<string, BuurtRegelInvoer>> BuurtInvoerAsync(ParticipatieFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<RegelInvoerFactory>().BuurtenAsync(null, default)).ToDictionary(b => b.Code);
    }
}

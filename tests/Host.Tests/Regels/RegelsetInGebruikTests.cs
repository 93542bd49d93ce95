using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Features.Regels;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Regels;

/// <summary>
/// A published version is used from the next evaluation on: by the bot, by the workflows, and by another
/// process on the same database. The shipped rule files seed the first version and never overrule staff.
/// </summary>
public sealed class RegelsetInGebruikTests
{
    private const string BedragRegel = "initiatief.GevraagdBedrag > 0 && initiatief.GevraagdBedrag <= 500";

    [Fact]
    public async Task Bot_AnswersWithTheNewlyPublishedVersion_FromTheNextQuestionOn()
    {
        using var factory = new ParticipatieFactory();
        var staff = await factory.CreateStaffClientAsync("beleid");
        // An initiative that gets the buurtbudget under the shipped rules.
        var test = await (await staff.PostAsJsonAsync("/api/regels/ondersteuning/test", new { alle = true })).Content.ReadFromJsonAsync<JsonObject>();
        var referentie = test!["resultaten"]!.AsArray()
            .First(r => r!["regels"]!.AsArray().Any(x => x!["naam"]!.GetValue<string>() == "Buurtbudget" && x["geslaagd"]!.GetValue<bool>()))!["sleutel"]!.GetValue<string>();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        await resident.PollAsync();

        var voor = string.Join("\n", await resident.AskAsync($"welke ondersteuning krijgt {referentie}?"));
        var json = (await RegelsApiTests.PublishedJsonAsync(staff, "ondersteuning")).Replace(BedragRegel, "initiatief.GevraagdBedrag > 0 && initiatief.GevraagdBedrag <= 0.01", StringComparison.Ordinal);
        await RegelsApiTests.PublishAsync(staff, "ondersteuning", json, "Buurtbudget tijdelijk dicht");
        var na = string.Join("\n", await resident.AskAsync($"welke ondersteuning krijgt {referentie}?"));

        Assert.Matches(new Regex("Buurtbudget[^\\n]*ja, u komt in aanmerking"), voor);
        Assert.DoesNotMatch(new Regex("Buurtbudget[^\\n]*ja, u komt in aanmerking"), na);
        Assert.Matches(new Regex("Buurtbudget[^\\n]*nee, u komt niet in aanmerking"), na);
    }

    [Fact]
    public async Task Workflow_RecordsItsDecisionWithTheNewlyPublishedVersion()
    {
        using var factory = new ParticipatieFactory();
        var staff = await factory.CreateStaffClientAsync("beleid");
        var json = (await RegelsApiTests.PublishedJsonAsync(staff, "ondersteuning")).Replace(BedragRegel, "initiatief.GevraagdBedrag > 0 && initiatief.GevraagdBedrag <= 400", StringComparison.Ordinal);
        await RegelsApiTests.PublishAsync(staff, "ondersteuning", json, "Buurtbudget tot 400 euro");

        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock, bedrag: "€ 450");
        var wijkcoordinator = await factory.CreateStaffClientAsync("wijkcoordinator");
        var lijst = await wijkcoordinator.GetFromJsonAsync<List<JsonObject>>($"/api/initiatieven?referentie={referentie}");
        var initiatief = await wijkcoordinator.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{Assert.Single(lijst!)["id"]}");

        var beslissing = initiatief!["beslissingen"]!.AsArray().Single(b => b!["regelset"]!.GetValue<string>() == "ondersteuning")!;
        Assert.StartsWith("ondersteuning v2 @", beslissing["regelsetVersie"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(beslissing["uitkomsten"]!.AsArray(), u => u!.GetValue<string>().Contains("buurtbudget", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnotherProcess_OnTheSameDatabase_PicksUpTheNewVersion()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));
        using var eerste = new CustomFactory("Development", dataDirectory: dataDirectory);
        var staff = await eerste.CreateStaffClientAsync("beleid");
        using var tweede = new CustomFactory("Development", dataDirectory: dataDirectory);
        _ = tweede.Server;
        var catalogTwee = tweede.Services.GetRequiredService<RegelsetCatalog>();
        Assert.StartsWith("routering v1 @", catalogTwee.Versie(RegelsetCatalog.Routering), StringComparison.Ordinal);

        var json = (await RegelsApiTests.PublishedJsonAsync(staff, "routering")).Replace("> 20000", "> 30000", StringComparison.Ordinal);
        await RegelsApiTests.PublishAsync(staff, "routering", json, "Collegegrens 30.000");
        // RegelsetSynchronisatie in the second host looks every 5 seconds; give it a few rounds.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!catalogTwee.Versie(RegelsetCatalog.Routering)!.StartsWith("routering v2 @", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200);
        }

        Assert.StartsWith("routering v2 @", catalogTwee.Versie(RegelsetCatalog.Routering), StringComparison.Ordinal);
        Assert.Contains("> 30000", catalogTwee.Gepubliceerd(RegelsetCatalog.Routering)!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShippedFile_ChangedInARelease_IsImportedUnlessStaffPublishedTheirOwn_AndAnInvalidOneIsReported()
    {
        var rules = Path.Combine(Path.GetTempPath(), "participatie-tests", "regels-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(rules);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows-json", "rules"), "*.json"))
        {
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Participatie:RulesDirectory"] = rules };
        using (var eerste = new CustomFactory("Development", settings, dataDirectory))
        {
            var staff = await eerste.CreateStaffClientAsync("beleid");
            var json = (await RegelsApiTests.PublishedJsonAsync(staff, "routering")).Replace("> 20000", "> 30000", StringComparison.Ordinal);
            await RegelsApiTests.PublishAsync(staff, "routering", json, "eigen versie");
        }

        Edit(Path.Combine(rules, "buurtselectie.json"), "buurt.Huishoudens >= 500", "buurt.Huishoudens >= 450");
        Edit(Path.Combine(rules, "routering.json"), "> 20000", "> 10000");
        Edit(Path.Combine(rules, "ondersteuning.json"), "initiatief.GevraagdBedrag <= 500", "initiatief.GevraagdBedrag <=");
        using var tweede = new CustomFactory("Development", settings, dataDirectory);
        var client = await tweede.CreateStaffClientAsync("beleid");
        var catalog = tweede.Services.GetRequiredService<RegelsetCatalog>();

        Assert.StartsWith("buurtselectie v2 @", catalog.Versie(RegelsetCatalog.Buurtselectie), StringComparison.Ordinal);
        Assert.Contains(">= 450", catalog.Gepubliceerd(RegelsetCatalog.Buurtselectie)!.Json, StringComparison.Ordinal);
        Assert.Contains("> 30000", catalog.Gepubliceerd(RegelsetCatalog.Routering)!.Json, StringComparison.Ordinal);
        Assert.StartsWith("ondersteuning v1 @", catalog.Versie(RegelsetCatalog.Ondersteuning), StringComparison.Ordinal);
        Assert.Contains(catalog.Problemen, p => p.Contains("ondersteuning.json", StringComparison.Ordinal) && p.Contains("Bedrag tot 500 euro", StringComparison.Ordinal));
        var logboek = await client.GetFromJsonAsync<JsonObject>("/api/regels/audit?regelset=buurtselectie");
        Assert.Equal("geïmporteerd", logboek!["regels"]!.AsArray()[0]!["actie"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regels/ondersteuning")).StatusCode);
    }

    private static void Edit(string file, string oud, string nieuw)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(oud, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(oud, nieuw, StringComparison.Ordinal));
    }
}

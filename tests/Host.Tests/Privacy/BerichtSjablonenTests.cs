using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Tests.Betrouwbaarheid;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Privacy;

/// <summary>
/// Messages from workflows to residents use only texts beheer approved: a designer who changes a NotifyResident text
/// (say, to add a link) sends nothing until beheer approves it; links must point to configured domains.
/// </summary>
public sealed class BerichtSjablonenTests
{
    private const string Origineel = "De wijkcoördinator heeft uw initiatief bekeken en stuurt het door voor advies en een besluit. We houden u op de hoogte.";

    [Fact]
    public async Task ShippedTexts_AreApproved_AndTheirMessagesRecordTheWorkflowVersion()
    {
        using var factory = new ParticipatieFactory();
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var sjablonen = (await beheer.GetFromJsonAsync<List<JsonObject>>("/api/berichtsjablonen?status=Goedgekeurd"))!;
        Assert.Contains(sjablonen, s => s["tekst"]!.GetValue<string>() == Origineel && s["herkomst"]!.GetValue<string>().Contains("meegeleverd", StringComparison.Ordinal));

        var (resident, _) = await IntakeEnDoorzettenAsync(factory);

        Assert.Contains(await StapTransactieTests.WachtOpBerichtenAsync(resident, 1), b => b.Contains("stuurt het door voor advies", StringComparison.Ordinal));
        await using var db = await Db(factory);
        var bericht = await db.UitgaandeBerichten.AsNoTracking().OrderByDescending(b => b.AangemaaktOp).FirstAsync();
        Assert.Equal("initiatief-routering v1", bericht.WorkflowVersie);
    }

    [Fact]
    public async Task ChangedText_WaitsForBeheer_ALinkElsewhereCannotBeApproved_ARejectedTextIsNeverSent()
    {
        using var factory = new ParticipatieFactory();
        await PubliceerMetTekstAsync(factory, "Bekijk de voortgang van {referentie} op https://phishing.example/inloggen");
        var beheer = await factory.CreateStaffClientAsync("beheer");

        var (resident, _) = await IntakeEnDoorzettenAsync(factory);
        var sjabloon = (await beheer.GetFromJsonAsync<List<JsonObject>>("/api/berichtsjablonen?status=Voorgesteld"))!
            .Single(s => s["tekst"]!.GetValue<string>().Contains("phishing", StringComparison.Ordinal));
        Assert.Equal(1, sjabloon["wachtend"]!.GetValue<int>());
        await NietVerstuurdAsync(factory, resident, "Wacht op goedkeuring");

        var goedkeuren = await beheer.PostAsync($"/api/berichtsjablonen/{sjabloon["id"]}/goedkeuren", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, goedkeuren.StatusCode);
        Assert.Contains("phishing.example", await goedkeuren.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var afwijzen = await beheer.PostAsJsonAsync($"/api/berichtsjablonen/{sjabloon["id"]}/afwijzen", new { reden = "links alleen naar de eigen site" });
        Assert.Equal(HttpStatusCode.NoContent, afwijzen.StatusCode);
        await NietVerstuurdAsync(factory, resident, "afgewezen");
        await using var db = await Db(factory);
        var gesloten = await db.UitgaandeBerichten.AsNoTracking().SingleAsync(b => b.SjabloonId == sjabloon["id"]!.GetValue<int>());
        Assert.NotNull(gesloten.AfgeleverdOp);
        Assert.Contains("afgewezen", gesloten.LaatsteFout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedText_OnceApproved_IsDelivered_WithItsPlaceholdersFilled()
    {
        using var factory = new ParticipatieFactory();
        await PubliceerMetTekstAsync(factory, "Uw initiatief {referentie} ({titel}) gaat door naar advies.");
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var (resident, referentie) = await IntakeEnDoorzettenAsync(factory);
        var sjabloon = (await beheer.GetFromJsonAsync<List<JsonObject>>("/api/berichtsjablonen?status=Voorgesteld"))!
            .Single(s => s["tekst"]!.GetValue<string>().StartsWith("Uw initiatief {referentie}", StringComparison.Ordinal));
        await NietVerstuurdAsync(factory, resident, "Wacht op goedkeuring");

        Assert.Equal(HttpStatusCode.NoContent, (await beheer.PostAsync($"/api/berichtsjablonen/{sjabloon["id"]}/goedkeuren", null)).StatusCode);

        var berichten = await StapTransactieTests.WachtOpBerichtenAsync(resident, 1);
        Assert.Single(berichten, b => b.Contains($"Uw initiatief {referentie} (Buurtbarbecue Vogelbuurt) gaat door naar advies.", StringComparison.Ordinal));
    }

    private static async Task PubliceerMetTekstAsync(ParticipatieFactory factory, string tekst)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows-json", "workflows", "initiatief-routering.json"));
        Assert.Contains(Origineel, json, StringComparison.Ordinal);
        var engine = factory.Services.GetRequiredService<WorkflowEngine>();
        var result = await engine.Definitions.ImportAsync(json.Replace(Origineel, tekst, StringComparison.Ordinal), publish: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    private static async Task<(DirectLineClient Resident, string Referentie)> IntakeEnDoorzettenAsync(ParticipatieFactory factory)
    {
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        await resident.PollAsync();
        var staff = await factory.CreateStaffClientAsync("wijkcoordinator");
        await using var db = await Db(factory);
        var initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Referentie == referentie);
        var taak = await db.Taken.AsNoTracking().SingleAsync(t => t.InitiatiefId == initiatief.Id && t.Status == Domain.TaakStatus.Open);
        (await staff.PostAsJsonAsync($"/api/taken/{taak.Id}/afronden", new { uitkomst = "doorzetten" })).EnsureSuccessStatusCode();
        return (resident, referentie);
    }

    private static Task<ParticipatieDbContext> Db(ParticipatieFactory factory) => factory.CreateDbContextAsync();

    /// <summary>
    /// The outbox has dealt with the message — held it (waiting for beheer) or closed it (rejected), the reason in
    /// <c>LaatsteFout</c> — and the resident's conversation has no message from it. Waits for the outbox's decision, not
    /// for a time-out: a message that should never arrive is proven held by its row.
    /// </summary>
    private static async Task NietVerstuurdAsync(ParticipatieFactory factory, DirectLineClient resident, string reden)
    {
        var gewacht = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using var db = await Db(factory);
            if (await db.UitgaandeBerichten.AsNoTracking().AnyAsync(b => b.SjabloonId != null && b.LaatsteFout != null && b.LaatsteFout.Contains(reden)))
            {
                break;
            }

            Assert.True(gewacht.Elapsed < TimeSpan.FromSeconds(30), $"The outbox did not decide about the message ('{reden}').");
            await Task.Delay(100);
        }

        Assert.DoesNotContain(await resident.PollAsync(), a => a["from"]?["role"]?.GetValue<string>() == "bot");
    }
}

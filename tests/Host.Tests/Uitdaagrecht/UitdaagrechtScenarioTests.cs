using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Features.Taken;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Uitdaagrecht;

/// <summary>
/// The uitdaagrecht end to end on a manual clock: the chat intent and dialog, the rules' admissibility with reasons,
/// the shipped workflow's assessment, the college's decision with reminder and escalation, the agreement with its
/// budget transfer and the first yearly evaluation; the residents hear each step in the chat.
/// </summary>
public sealed class UitdaagrechtScenarioTests
{
    /// <summary>A Monday.</summary>
    private static readonly DateTimeOffset Maandag = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task InformalSmallGroup_IsNotAdmissible_AndTheResidentsGetTheReasonsInTheChat()
    {
        var clock = new ManualClock(Maandag);
        using var factory = new CustomFactory("Development", clock: clock);
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());

        var (referentie, _) = await UitdaagrechtChat.DoeAsync(resident, groep: "nog geen rechtsvorm", leden: "2", kosten: "weet ik niet",
            zin: "wij willen het groenonderhoud van ons plein overnemen");
        var berichten = string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(resident, factory));

        Assert.Contains("niet ontvankelijk", berichten, StringComparison.Ordinal);
        Assert.Contains("geen rechtsvorm", berichten, StringComparison.Ordinal);
        Assert.Contains("te klein", berichten, StringComparison.Ordinal);
        // Groenonderhoud is a municipal task with a budget line: those rules passed and are not named as reasons.
        Assert.DoesNotContain("geen taak die de gemeente", berichten, StringComparison.Ordinal);

        var afdeling = await factory.CreateStaffClientAsync("afdeling");
        var verzoek = await VerzoekAsync(afdeling, referentie);
        Assert.Equal("NietOntvankelijk", verzoek["status"]!.GetValue<string>());
        Assert.Equal("groenonderhoud", verzoek["taaksoort"]!.GetValue<string>());
        Assert.Equal(2, verzoek["redenen"]!.AsArray().Count);
        Assert.Empty(verzoek["openStappen"]!.AsArray());

        var status = string.Join("\n", await resident.AskAsync("hoe staat het met ons uitdaagrecht?"));
        Assert.Contains(referentie, status, StringComparison.Ordinal);
        Assert.Contains("niet ontvankelijk", status, StringComparison.Ordinal);
        Assert.Contains("te klein", status, StringComparison.Ordinal);

        // The contact data go once the retention period (365 days by default) has passed, not before.
        var bewaartermijn = factory.Services.GetRequiredService<Participatie.Host.Features.Uitdaagrecht.UitdaagrechtBewaartermijn>();
        clock.Advance(TimeSpan.FromDays(364));
        Assert.Equal(0, await bewaartermijn.RunOnceAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await bewaartermijn.RunOnceAsync(CancellationToken.None));
        verzoek = await VerzoekAsync(await factory.CreateStaffClientAsync("afdeling"), referentie);
        Assert.Equal("[gewist]", verzoek["contactNaam"]!.GetValue<string>());
        Assert.Null(verzoek["contactEmail"]);
    }

    [Fact]
    public async Task NotAMunicipalTask_WithoutCostEstimate_IsNotAdmissible_WithThoseReasons()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Maandag));
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());

        await UitdaagrechtChat.DoeAsync(resident, kosten: "weet ik niet", zin: "wij willen de verkoop van kerstbomen overnemen");
        var berichten = string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(resident, factory));

        Assert.Contains("geen taak die de gemeente nu uitvoert", berichten, StringComparison.Ordinal);
        Assert.Contains("budget is nog niet te bepalen", berichten, StringComparison.Ordinal);
        Assert.DoesNotContain("rechtsvorm", berichten, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admissible_GoesThroughAssessmentDecisionWithReminderAndEscalation_AgreementAndTheFirstEvaluation()
    {
        var clock = new ManualClock(Maandag);
        using var factory = new CustomFactory("Development", clock: clock);
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var (referentie, gesprek) = await UitdaagrechtChat.DoeAsync(resident);
        Assert.Contains(gesprek, g => g.Contains("Klopt dit", StringComparison.Ordinal) && g.Contains("Vogelbuurt", StringComparison.Ordinal) && g.Contains("8", StringComparison.Ordinal));

        var berichten = string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(resident, factory));
        Assert.Contains("is ontvankelijk", berichten, StringComparison.Ordinal);

        var afdeling = await factory.CreateStaffClientAsync("afdeling");
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var verzoek = await VerzoekAsync(afdeling, referentie);
        var id = verzoek["id"]!.GetValue<int>();
        Assert.Equal("InBeoordeling", verzoek["status"]!.GetValue<string>());
        Assert.Equal("anna@example.nl", verzoek["contactEmail"]!.GetValue<string>());
        Assert.Equal(3000m, verzoek["verwachteKosten"]!.GetValue<decimal>());

        // An incomplete assessment form is refused, located, and changes nothing.
        var onvolledig = await afdeling.PostAsJsonAsync($"/api/uitdaagrecht/{id}/beoordeling", new { huidigeUitgaven = 4200, kwaliteit = "Matig: twee keer per jaar maaien." });
        Assert.Equal(HttpStatusCode.BadRequest, onvolledig.StatusCode);
        Assert.Contains("continuiteit", await onvolledig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("InBeoordeling", (await VerzoekAsync(afdeling, referentie))["status"]!.GetValue<string>());
        // The decision is not the step the request waits on yet.
        var teVroeg = await beheer.PostAsJsonAsync($"/api/uitdaagrecht/{id}/besluit", new { uitkomst = "toekennen", toelichting = "Prima." });
        Assert.Equal(HttpStatusCode.Conflict, teVroeg.StatusCode);

        var beoordeling = await afdeling.PostAsJsonAsync($"/api/uitdaagrecht/{id}/beoordeling",
            new { huidigeUitgaven = 4200, kwaliteit = "Matig: twee keer per jaar maaien.", continuiteit = "Vereniging met 8 leden; bij uitval neemt de gemeente het terug." });
        Assert.Equal(HttpStatusCode.OK, beoordeling.StatusCode);
        verzoek = await VerzoekAsync(afdeling, referentie);
        Assert.Equal("BesluitCollege", verzoek["status"]!.GetValue<string>());
        Assert.Equal(4200m, verzoek["huidigeUitgaven"]!.GetValue<decimal>());
        Assert.Equal("Vereniging met 8 leden; bij uitval neemt de gemeente het terug.", verzoek["continuiteit"]!.GetValue<string>());
        Assert.Contains("ligt nu bij het college", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(resident, factory)), StringComparison.Ordinal);

        // The college's decision: 40 working days, a reminder one working day before, escalation after.
        var besluitTaak = Assert.Single(verzoek["openStappen"]!.AsArray());
        Assert.Equal("college", besluitTaak!["rol"]!.GetValue<string>());
        var deadline = besluitTaak["vervaldatum"]!.GetValue<DateTime>();
        Assert.Equal(Participatie.Host.Domain.Werkdagen.Tel(Maandag, 40).UtcDateTime, deadline);
        var status = string.Join("\n", await resident.AskAsync("hoe staat het met ons uitdaagrecht?"));
        Assert.Contains("college", status, StringComparison.Ordinal);
        Assert.Contains(deadline.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), status, StringComparison.Ordinal);

        var bewaking = factory.Services.GetRequiredService<TaakBewaking>();
        clock.Advance(Participatie.Host.Domain.Werkdagen.Tel(new DateTimeOffset(deadline, TimeSpan.Zero), -2) - clock.GetUtcNow());
        await bewaking.RunOnceAsync(CancellationToken.None);
        var stap = (await VerzoekAsync(await factory.CreateStaffClientAsync("afdeling"), referentie))["openStappen"]![0]!;
        Assert.Null(stap["herinneringOp"]?.GetValue<DateTime?>());

        clock.Advance(Participatie.Host.Domain.Werkdagen.Tel(new DateTimeOffset(deadline, TimeSpan.Zero), -1) - clock.GetUtcNow());
        await bewaking.RunOnceAsync(CancellationToken.None);
        stap = (await VerzoekAsync(await factory.CreateStaffClientAsync("afdeling"), referentie))["openStappen"]![0]!;
        Assert.NotNull(stap["herinneringOp"]?.GetValue<DateTime?>());
        Assert.Null(stap["geescaleerdOp"]?.GetValue<DateTime?>());

        clock.Advance(new DateTimeOffset(deadline, TimeSpan.Zero).AddHours(1) - clock.GetUtcNow());
        await bewaking.RunOnceAsync(CancellationToken.None);
        // Sign-ins expire as the clock moves weeks on: sign in again.
        (afdeling, beheer) = (await factory.CreateStaffClientAsync("afdeling"), await factory.CreateStaffClientAsync("beheer"));
        stap = (await VerzoekAsync(afdeling, referentie))["openStappen"]![0]!;
        Assert.NotNull(stap["geescaleerdOp"]?.GetValue<DateTime?>());
        Assert.True(stap["teLaat"]!.GetValue<bool>());

        // Beheer records the college's decision (the college has no login of its own).
        var zonderMotivering = await beheer.PostAsJsonAsync($"/api/uitdaagrecht/{id}/besluit", new { uitkomst = "toekennen" });
        Assert.Equal(HttpStatusCode.BadRequest, zonderMotivering.StatusCode);
        var besluit = await beheer.PostAsJsonAsync($"/api/uitdaagrecht/{id}/besluit", new { uitkomst = "toekennen", toelichting = "Goed onderbouwd; kwaliteit gaat omhoog." });
        Assert.Equal(HttpStatusCode.OK, besluit.StatusCode);
        verzoek = await VerzoekAsync(afdeling, referentie);
        Assert.Equal("Overeenkomst", verzoek["status"]!.GetValue<string>());
        Assert.Contains("Goed onderbouwd", verzoek["besluit"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("toegekend", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(resident, factory)), StringComparison.Ordinal);

        var ingang = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(14);
        var overeenkomst = await afdeling.PostAsJsonAsync($"/api/uitdaagrecht/{id}/overeenkomst", new { bedrag = 3800, ingangsdatum = ingang.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, overeenkomst.StatusCode);
        verzoek = await VerzoekAsync(afdeling, referentie);
        Assert.Equal("Lopend", verzoek["status"]!.GetValue<string>());
        Assert.Equal(3800m, verzoek["overgedragenBudget"]!.GetValue<decimal>());
        Assert.Equal(ingang.ToDateTime(TimeOnly.MinValue), verzoek["ingangsDatum"]!.GetValue<DateTime>());
        var melding = string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(resident, factory));
        Assert.Contains("3.800", melding, StringComparison.Ordinal);
        Assert.Empty(verzoek["openStappen"]!.AsArray());

        // The first evaluation comes after a year, by the workflow's timer on the host's clock.
        var engine = factory.Services.GetRequiredService<WorkflowEngine>();
        clock.Advance(TimeSpan.FromDays(364));
        await engine.Timers.DispatchDueAsync(CancellationToken.None);
        afdeling = await factory.CreateStaffClientAsync("afdeling");
        Assert.Empty((await VerzoekAsync(afdeling, referentie))["openStappen"]!.AsArray());
        clock.Advance(TimeSpan.FromDays(2));
        await engine.Timers.DispatchDueAsync(CancellationToken.None);
        afdeling = await factory.CreateStaffClientAsync("afdeling");
        var evaluatie = Assert.Single((await VerzoekAsync(afdeling, referentie))["openStappen"]!.AsArray());
        Assert.Contains("evaluatie", evaluatie!["titel"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["voortzetten", "bijsturen", "beeindigen"], evaluatie["uitkomsten"]!.AsArray().Select(u => u!.GetValue<string>()));

        var voortzetten = await afdeling.PostAsJsonAsync($"/api/uitdaagrecht/{id}/evaluatie", new { uitkomst = "voortzetten", toelichting = "Plein ziet er beter uit." });
        Assert.Equal(HttpStatusCode.OK, voortzetten.StatusCode);
        verzoek = await VerzoekAsync(afdeling, referentie);
        Assert.Equal(1, verzoek["aantalEvaluaties"]!.GetValue<int>());
        Assert.Equal("Lopend", verzoek["status"]!.GetValue<string>());
        Assert.Contains("loopt door", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(resident, factory)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishResident_CanInvokeTheRightToChallenge()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Maandag));
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        await resident.PollAsync();
        await resident.SayAsync("hello", locale: "en-GB");
        await resident.PollAsync();

        var antwoord = string.Join("\n", await resident.AskAsync("we want to take over the maintenance of the park"));

        Assert.Contains("right to challenge", antwoord, StringComparison.Ordinal);
        Assert.Contains("postcode", antwoord, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> VerzoekAsync(HttpClient staff, string referentie)
    {
        var lijst = await staff.GetFromJsonAsync<List<JsonObject>>("/api/uitdaagrecht");
        return lijst!.Single(v => v["referentie"]!.GetValue<string>() == referentie);
    }
}

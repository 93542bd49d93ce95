using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;

namespace Participatie.Host.Tests.Flows;

/// <summary>
/// The product's own path through the real interfaces: a resident's intake over Direct Line, the routing
/// workflow and its rules, the staff task API, and the notification back in the resident's conversation.
/// </summary>
public sealed class RouteringScenarioTests
{
    /// <summary>A Sunday: five working days later is the Friday, five calendar days on.</summary>
    private static readonly DateTimeOffset Zondag = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Intake_RoutesToWijkcoordinator_CompletingTheTaskNotifiesTheResident()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Zondag));
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        var staff = await factory.CreateStaffClientAsync("wijkcoordinator");

        var initiatief = await StaffInitiatiefAsync(staff, referentie);
        Assert.Equal("InBehandeling", initiatief["status"]!.GetValue<string>());
        Assert.Contains(initiatief["beslissingen"]!.AsArray(), b => b!["regelset"]!.GetValue<string>() == "ondersteuning");
        Assert.Contains("intake", initiatief["werkstroom"]!["wachtOp"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        var taken = await staff.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={initiatief["id"]}&status=Open");
        var intake = Assert.Single(taken!);
        Assert.Equal("wijkcoordinator", intake["rol"]!.GetValue<string>());
        Assert.Equal(["doorzetten", "meer-informatie", "niet-ondersteunen"], intake["uitkomsten"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(new DateTime(2026, 11, 27), intake["vervaldatum"]!.GetValue<DateTime>().Date);

        var afronden = await staff.PostAsJsonAsync($"/api/taken/{intake["id"]}/afronden", new { uitkomst = "doorzetten", toelichting = "Mooi plan, gesproken met Fatima." });
        Assert.Equal(HttpStatusCode.OK, afronden.StatusCode);

        var berichten = (await resident.PollAsync()).Select(a => a["text"]?.GetValue<string>() ?? "").ToList();
        Assert.Contains(berichten, b => b.Contains("wijkcoördinator heeft uw initiatief bekeken", StringComparison.Ordinal) && b.Contains(referentie, StringComparison.Ordinal));

        // Vogelbuurt lies in wijk Noord, which has a wijkraad: its advice is asked next.
        var verder = await staff.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={initiatief["id"]}&status=Open");
        Assert.Contains(verder!, t => t["rol"]!.GetValue<string>() == "wijkraad");
        var nu = await StaffInitiatiefAsync(staff, referentie);
        Assert.Equal("Advies", nu["status"]!.GetValue<string>());
        Assert.Contains(nu["beslissingen"]!.AsArray(), b => b!["regelset"]!.GetValue<string>() == "routering");
    }

    [Fact]
    public async Task Intake_HostRestartsBeforeTheTaskIsDone_ContinuesWithoutLoss()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));
        string referentie, conversationId, token;
        int watermark;
        using (var first = new CustomFactory("Development", dataDirectory: dataDirectory))
        {
            var resident = await DirectLineClient.StartAsync(first.CreateClient());
            referentie = await Intake.DoeAsync(resident, first.HostClock);
            (conversationId, token, watermark) = (resident.ConversationId, resident.Token, resident.Watermark);
        }

        using var second = new CustomFactory("Development", dataDirectory: dataDirectory);
        var staff = await second.CreateStaffClientAsync("wijkcoordinator");
        var initiatief = await StaffInitiatiefAsync(staff, referentie);
        var taak = Assert.Single((await staff.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={initiatief["id"]}&status=Open"))!);

        var afronden = await staff.PostAsJsonAsync($"/api/taken/{taak["id"]}/afronden", new { uitkomst = "doorzetten" });
        var resumed = new DirectLineClient(second.CreateClient());
        resumed.UseToken(token);
        typeof(DirectLineClient).GetProperty(nameof(DirectLineClient.ConversationId))!.SetValue(resumed, conversationId);
        typeof(DirectLineClient).GetProperty(nameof(DirectLineClient.Watermark))!.SetValue(resumed, watermark);
        var berichten = (await resumed.PollAsync()).Select(a => a["text"]?.GetValue<string>() ?? "").ToList();

        Assert.Equal(HttpStatusCode.OK, afronden.StatusCode);
        Assert.Contains(berichten, b => b.Contains("wijkcoördinator heeft uw initiatief bekeken", StringComparison.Ordinal));
        Assert.Equal("Advies", (await StaffInitiatiefAsync(staff, referentie))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ResidentDoesNotWantToRunIt_MunicipalityTakesItUpAndTellsTheResident()
    {
        using var factory = new ParticipatieFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());

        var referentie = await Intake.DoeAsync(resident, factory.HostClock, zelf: "nee");
        var staff = await factory.CreateStaffClientAsync("afdeling");
        var initiatief = await StaffInitiatiefAsync(staff, referentie);
        var taken = await staff.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={initiatief["id"]}");

        Assert.Equal("OvergenomenDoorGemeente", initiatief["status"]!.GetValue<string>());
        Assert.Contains(taken!, t => t["rol"]!.GetValue<string>() == "afdeling" && t["titel"]!.GetValue<string>().Contains("Reguliere aanvraag", StringComparison.Ordinal));
        var gesprek = (await resident.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{resident.ConversationId}/activities")
        {
            Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", resident.Token) },
        })).Content.ReadFromJsonAsync<JsonObject>();
        var berichten = (await gesprek)!["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>() ?? "").ToList();
        var bevestiging = berichten.FindIndex(b => b.Contains(referentie, StringComparison.Ordinal) && b.Contains("Dank u wel", StringComparison.Ordinal));
        var melding = berichten.FindIndex(b => b.Contains("gewone aanvraag, op de gebruikelijke manier. We laten u weten", StringComparison.Ordinal));
        Assert.True(melding > bevestiging && bevestiging >= 0, "the routing's message follows the intake's confirmation");
    }

    [Fact]
    public async Task TaskApi_WrongRoleOrOutcome_IsRefusedAndTheWorkflowKeepsWaiting()
    {
        using var factory = new ParticipatieFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        var wijkcoordinator = await factory.CreateStaffClientAsync("wijkcoordinator");
        var corporatie = await factory.CreateStaffClientAsync("corporatie");
        var initiatief = await StaffInitiatiefAsync(wijkcoordinator, referentie);
        var taak = Assert.Single((await wijkcoordinator.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={initiatief["id"]}&status=Open"))!);

        var verkeerdeRol = await corporatie.PostAsJsonAsync($"/api/taken/{taak["id"]}/afronden", new { uitkomst = "doorzetten" });
        var verkeerdeUitkomst = await wijkcoordinator.PostAsJsonAsync($"/api/taken/{taak["id"]}/afronden", new { uitkomst = "misschien" });
        var goed = await wijkcoordinator.PostAsJsonAsync($"/api/taken/{taak["id"]}/afronden", new { uitkomst = "niet-ondersteunen" });
        var nogmaals = await wijkcoordinator.PostAsJsonAsync($"/api/taken/{taak["id"]}/afronden", new { uitkomst = "doorzetten" });

        Assert.Equal(HttpStatusCode.Forbidden, verkeerdeRol.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, verkeerdeUitkomst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, goed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, nogmaals.StatusCode);
        Assert.Equal("Afgewezen", (await StaffInitiatiefAsync(wijkcoordinator, referentie))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdraw_CancelsTheRoutingAndItsOpenTasks()
    {
        using var factory = new ParticipatieFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var initiatief = await StaffInitiatiefAsync(beheer, referentie);

        var intrekken = await beheer.PostAsJsonAsync($"/api/initiatieven/{initiatief["id"]}/intrekken", new { toelichting = "Bewoner belde: gaat verhuizen." });
        var na = await StaffInitiatiefAsync(beheer, referentie);
        var open = await beheer.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={initiatief["id"]}&status=Open");

        Assert.Equal(HttpStatusCode.NoContent, intrekken.StatusCode);
        Assert.Equal("Ingetrokken", na["status"]!.GetValue<string>());
        Assert.Empty(open!);
        var engine = factory.Services.GetRequiredService<WorkflowEngine>();
        var instance = await engine.Runtime.GetAsync(na["werkstroom"]!["id"]!.GetValue<string>());
        Assert.NotEqual(Participatie.Workflows.Runtime.WorkflowStatus.Running, instance!.Status);
    }

    [Fact]
    public async Task ResidentWithdrawsInTheChat_RoutingStopsAndTasksLapse()
    {
        using var factory = new ParticipatieFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var referentie = await Intake.DoeAsync(resident, factory.HostClock);

        var vraag = await resident.AskAsync("ik wil mijn initiatief intrekken");
        var antwoord = await resident.AskAsync("ja");
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var na = await StaffInitiatiefAsync(beheer, referentie);

        Assert.Contains(vraag, t => t.Contains(referentie, StringComparison.Ordinal) && t.Contains("intrekken", StringComparison.Ordinal));
        Assert.Contains(antwoord, t => t.Contains("is ingetrokken", StringComparison.Ordinal));
        Assert.Equal("Ingetrokken", na["status"]!.GetValue<string>());
        Assert.Equal("bewoner", na["historie"]!.AsArray()[^1]!["door"]!.GetValue<string>());
        Assert.Empty((await beheer.GetFromJsonAsync<List<JsonObject>>($"/api/taken?initiatief={na["id"]}&status=Open"))!);
    }

    private static async Task<JsonObject> StaffInitiatiefAsync(HttpClient staff, string referentie)
    {
        var lijst = await staff.GetFromJsonAsync<List<JsonObject>>($"/api/initiatieven?referentie={referentie}");
        var id = Assert.Single(lijst!)["id"]!.GetValue<int>();
        return (await staff.GetFromJsonAsync<JsonObject>($"/api/initiatieven/{id}"))!;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Uitdaagrecht;

/// <summary>
/// Uitdaagrecht tasks appear in the ordinary inbox, but completing one there would skip what its form records. The
/// generic completion refuses them with a 409 that names the form, the task list points to it, and ordinary tasks
/// are untouched.
/// </summary>
public sealed class UitdaagrechtTaakFormulierTests
{
    [Fact]
    public async Task GenericCompletion_OfAnUitdaagrechtStep_Is409WithTheForm_TheListLinksToIt_AndTheFormCompletesIt()
    {
        using var factory = new ParticipatieFactory();
        var resident = await DirectLineClient.StartAsync(factory.CreateClient());
        var (referentie, _) = await UitdaagrechtChat.DoeAsync(resident);
        var afdeling = await factory.CreateStaffClientAsync("afdeling");
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var verzoek = (await afdeling.GetFromJsonAsync<List<JsonObject>>("/api/uitdaagrecht"))!.Single(v => v["referentie"]!.GetValue<string>() == referentie);
        var id = verzoek["id"]!.GetValue<int>();
        var instantie = $"uitdaagrecht-{id}";

        var taken = (await afdeling.GetFromJsonAsync<List<JsonObject>>("/api/taken?status=Open"))!;
        var beoordeling = Assert.Single(taken, t => t["workflowInstanceId"]?.GetValue<string>() == instantie);
        var formulier = beoordeling["formulier"]!;
        Assert.Equal("uitdaagrecht", formulier["soort"]!.GetValue<string>());
        Assert.Equal("beoordeling", formulier["stap"]!.GetValue<string>());
        Assert.Equal($"/api/uitdaagrecht/{id}/beoordeling", formulier["endpoint"]!.GetValue<string>());
        Assert.Equal($"/api/uitdaagrecht/{id}", formulier["onderwerp"]!.GetValue<string>());
        // Tasks of other workflows have no form of their own.
        Assert.Contains(taken, t => t["workflowInstanceId"]?.GetValue<string>() != instantie && t["formulier"] is null);

        var taakId = beoordeling["id"]!.GetValue<int>();
        var generiek = await afdeling.PostAsJsonAsync($"/api/taken/{taakId}/afronden", new { uitkomst = "naar-college", toelichting = "snel" });
        Assert.Equal(HttpStatusCode.Conflict, generiek.StatusCode);
        Assert.Equal("application/problem+json", generiek.Content.Headers.ContentType?.MediaType);
        var probleem = (await generiek.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains($"/api/uitdaagrecht/{id}/beoordeling", probleem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"/api/uitdaagrecht/{id}/beoordeling", probleem["formulier"]!["endpoint"]!.GetValue<string>());
        // Nothing happened: the task is open, the request still waits for its assessment.
        Assert.Equal("Open", (await afdeling.GetFromJsonAsync<JsonObject>($"/api/taken/{taakId}"))!["status"]!.GetValue<string>());

        var viaFormulier = await afdeling.PostAsJsonAsync(formulier["endpoint"]!.GetValue<string>(),
            new { huidigeUitgaven = 4200, kwaliteit = "Matig.", continuiteit = "Vereniging met 8 leden." });
        Assert.Equal(HttpStatusCode.OK, viaFormulier.StatusCode);
        var afgerond = (await afdeling.GetFromJsonAsync<JsonObject>($"/api/taken/{taakId}"))!;
        Assert.Equal("Afgerond", afgerond["status"]!.GetValue<string>());
        Assert.Null(afgerond["formulier"]);

        // The next step (the college's decision, recorded by beheer) points to its own form, also on its detail.
        var besluit = Assert.Single((await beheer.GetFromJsonAsync<List<JsonObject>>("/api/taken?status=Open"))!, t => t["workflowInstanceId"]?.GetValue<string>() == instantie);
        var besluitDetail = (await beheer.GetFromJsonAsync<JsonObject>($"/api/taken/{besluit["id"]!.GetValue<int>()}"))!;
        Assert.Equal("besluit", besluitDetail["formulier"]!["stap"]!.GetValue<string>());
        var besluitGeneriek = await beheer.PostAsJsonAsync($"/api/taken/{besluit["id"]!.GetValue<int>()}/afronden", new { uitkomst = "toekennen" });
        Assert.Equal(HttpStatusCode.Conflict, besluitGeneriek.StatusCode);
        Assert.Equal($"/api/uitdaagrecht/{id}/besluit", (await besluitGeneriek.Content.ReadFromJsonAsync<JsonObject>())!["formulier"]!["endpoint"]!.GetValue<string>());
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Domain;
using Participatie.Host.Features.Chat;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Host.Tests.Uitdaagrecht;

namespace Participatie.Host.Tests.Uitwisseling;

/// <summary>
/// The exchange's chat messages are approved texts like workflow messages: the shipped ones go out at once (approved
/// with the release), a text changed in configuration waits for beheer and goes out when approved. The list of
/// uitwisselmomenten shows how many initiatives of the theme were not invited.
/// </summary>
public sealed class UitwisselingTekstenTests
{
    private static readonly DateTimeOffset Maandag = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ShippedInvitation_GoesOutAsAnApprovedText_AndTheListCountsTheNotInvited()
    {
        using var factory = new CustomFactory("Development", clock: new ManualClock(Maandag));
        var (wijkA, wijkB) = await UitwisselingTests.TweeWijkenAsync(factory);
        var groen = await DirectLineClient.StartAsync(factory.CreateClient());
        var afgemeld = await DirectLineClient.StartAsync(factory.CreateClient());
        await UitwisselingTests.InitiatiefAsync(factory, wijkA, "Geveltuinen", "Geveltuinen in de straat.", Thema.Groen, groen.ConversationId, "A", "a@example.nl");
        await UitwisselingTests.InitiatiefAsync(factory, wijkB, "Bloembakken", "Bloembakken ophangen.", Thema.Groen, afgemeld.ConversationId, "C", "c@example.nl");
        await UitwisselingTests.InitiatiefAsync(factory, wijkB, "Zonder chat", "Boomspiegels.", Thema.Groen);
        await afgemeld.PollAsync();
        await afgemeld.AskAsync("afmelden uitwisseling");
        var staff = await factory.CreateStaffClientAsync("wijkcoordinator");

        var gepland = await staff.PostAsJsonAsync("/api/uitwisseling/momenten",
            new { thema = "Groen", datum = Maandag.AddDays(20).AddHours(10), plaats = "Wijkcentrum De Kolk" });
        Assert.Equal(HttpStatusCode.Created, gepland.StatusCode);
        var moment = (await gepland.Content.ReadFromJsonAsync<JsonObject>())!;
        var niet = moment["nietUitgenodigd"]!.GetValue<int>();
        Assert.True(niet >= 2, $"the opted-out initiative and the one without a chat were not invited; got {niet}");

        var lijst = (await staff.GetFromJsonAsync<List<JsonObject>>("/api/uitwisseling/momenten"))!;
        var inLijst = lijst.Single(m => m["id"]!.GetValue<int>() == moment["id"]!.GetValue<int>());
        Assert.Equal(niet, inLijst["nietUitgenodigd"]!.GetValue<int>());
        Assert.Equal(moment["uitgenodigd"]!.GetValue<int>(), inLijst["uitgenodigd"]!.GetValue<int>());

        Assert.Contains("Wijkcentrum De Kolk", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(groen, factory)), StringComparison.Ordinal);
        await using var db = await factory.CreateDbContextAsync();
        var bericht = await db.UitgaandeBerichten.Include(b => b.Sjabloon).SingleAsync(b => b.Ontvanger == groen.ConversationId);
        Assert.NotNull(bericht.AfgeleverdOp);
        Assert.Equal(BerichtSjabloonStatus.Goedgekeurd, bericht.Sjabloon!.Status);
        Assert.Equal(BerichtSjablonen.Meegeleverd, bericht.Sjabloon.BeoordeeldDoor);
        Assert.Contains("{plaats}", bericht.Sjabloon.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedText_WaitsForBeheer_AndGoesOutFilledOnceApproved()
    {
        using var factory = new CustomFactory("Development", new Dictionary<string, string?>
        {
            ["Participatie:Uitwisseling:Teksten:Uitnodiging.nl"] = "Kom naar ons uitwisselmoment over {thema} op {datum} in {plaats}. {omschrijving}",
        }, clock: new ManualClock(Maandag));
        var (wijkA, _) = await UitwisselingTests.TweeWijkenAsync(factory);
        var groen = await DirectLineClient.StartAsync(factory.CreateClient());
        await UitwisselingTests.InitiatiefAsync(factory, wijkA, "Geveltuinen", "Geveltuinen in de straat.", Thema.Groen, groen.ConversationId, "A", "a@example.nl");
        var staff = await factory.CreateStaffClientAsync("wijkcoordinator");
        var beheer = await factory.CreateStaffClientAsync("beheer");

        var gepland = await staff.PostAsJsonAsync("/api/uitwisseling/momenten",
            new { thema = "Groen", datum = Maandag.AddDays(20).AddHours(10), plaats = "Wijkcentrum De Kolk" });
        Assert.Equal(HttpStatusCode.Created, gepland.StatusCode);
        Assert.DoesNotContain("Wijkcentrum De Kolk", string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(groen, factory)), StringComparison.Ordinal);
        await using (var db = await factory.CreateDbContextAsync())
        {
            var wacht = await db.UitgaandeBerichten.SingleAsync(b => b.Ontvanger == groen.ConversationId);
            Assert.Null(wacht.AfgeleverdOp);
            Assert.Contains("goedkeuring", wacht.LaatsteFout, StringComparison.Ordinal);
        }

        var sjabloon = (await beheer.GetFromJsonAsync<List<JsonObject>>("/api/berichtsjablonen?status=Voorgesteld"))!
            .Single(s => s["tekst"]!.GetValue<string>().StartsWith("Kom naar ons uitwisselmoment", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, (await beheer.PostAsync($"/api/berichtsjablonen/{sjabloon["id"]}/goedkeuren", null)).StatusCode);
        await factory.Services.GetRequiredService<UitgaandeBerichten>().BezorgWachtendeAsync(default);

        var berichten = string.Join("\n", await UitdaagrechtChat.NieuweBerichtenAsync(groen, factory));
        Assert.Contains("Kom naar ons uitwisselmoment over groen op", berichten, StringComparison.Ordinal);
        Assert.Contains("in Wijkcentrum De Kolk.", berichten, StringComparison.Ordinal);
        Assert.DoesNotContain("{", berichten, StringComparison.Ordinal);
    }
}

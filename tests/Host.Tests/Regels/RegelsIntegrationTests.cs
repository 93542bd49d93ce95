using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Features.Regels;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Regels;

public sealed class RegelsIntegrationTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public RegelsIntegrationTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public void Catalog_ShippedRuleSets_AllLoadWithoutProblems()
    {
        var catalog = factory.Services.GetRequiredService<RegelsetCatalog>();

        Assert.Empty(catalog.Problemen);
        Assert.True(catalog.Engine.ContainsWorkflow(RegelsetCatalog.Buurtselectie));
        Assert.True(catalog.Engine.ContainsWorkflow(RegelsetCatalog.Ondersteuning));
        Assert.True(catalog.Engine.ContainsWorkflow(RegelsetCatalog.Routering));
    }

    [Fact]
    public async Task Buurtselectie_OnDemoData_PicksTwoQualifyingBuurtenWithReasons()
    {
        using var scope = factory.Services.CreateScope();
        var selectie = scope.ServiceProvider.GetRequiredService<BuurtSelectie>();

        var alle = await selectie.BeoordeelAsync(default);
        var top = BuurtSelectie.Top(alle, 2);

        Assert.Equal(2, top.Count);
        Assert.All(top, b => Assert.True(b.Geschikt));
        Assert.True(top[0].Score >= top[1].Score);
        Assert.All(top, b => Assert.All(b.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Uitleg))));
        // The others are not simply dropped: a rejected buurt says which criterion it failed.
        var afgewezen = alle.Where(b => !b.Geschikt).ToList();
        Assert.NotEmpty(afgewezen);
        Assert.All(afgewezen, b => Assert.Contains(b.Criteria, c => !c.Voldaan && c.Uitleg.Length > 10));
        // The selection follows the indicators: the chosen buurten are weaker than the median.
        var mediaanScore = alle.Select(b => b.Score).Order().ElementAt(alle.Count / 2);
        Assert.All(top, b => Assert.True(b.Score > mediaanScore));
    }

    [Fact]
    public async Task SupportQuestion_InTheChat_AnswersPerSupportTypeWithReasonsFromTheRules()
    {
        var client = await DirectLineClient.StartAsync(factory.CreateClient());
        await client.PollAsync();
        var start = factory.HostClock.GetUtcNow().AddDays(45).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        (Regex Question, string Answer)[] answers =
        [
            (new("postcode", RegexOptions.IgnoreCase), "5349 AB"),
            (new("samen met of voor", RegexOptions.IgnoreCase), "ja"),
            (new("commercieel", RegexOptions.IgnoreCase), "nee"),
            (new("Hoeveel geld", RegexOptions.IgnoreCase), "€ 300"),
            (new("zelf iets bij", RegexOptions.IgnoreCase), "ja, tijd"),
            (new("Wanneer wilt u beginnen", RegexOptions.IgnoreCase), start),
            (new("Hoeveel buurtbewoners|hoeveel buren|Met hoeveel", RegexOptions.IgnoreCase), "12"),
        ];

        var replies = await client.AskAsync("welke ondersteuning kan ik krijgen?");
        for (var turn = 0; turn < 12 && !replies.Any(r => r.Contains("kunt krijgen:", StringComparison.Ordinal)); turn++)
        {
            var last = replies.LastOrDefault() ?? "";
            var answer = answers.FirstOrDefault(a => a.Question.IsMatch(last));
            Assert.True(answer.Answer is not null, $"unexpected question: {string.Join(" | ", replies)}");
            replies = await client.AskAsync(answer.Answer);
        }

        var result = string.Join("\n", replies);
        Assert.Contains("Buurtbudget", result, StringComparison.Ordinal);
        Assert.Matches("Buurtbudget[^\\n]*ja, u komt in aanmerking", result);
        Assert.Contains("woningcorporatie", result, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("nee, u komt niet in aanmerking", result, StringComparison.Ordinal);
    }
}

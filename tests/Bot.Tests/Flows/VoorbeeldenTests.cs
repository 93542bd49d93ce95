using System.Globalization;
using System.Text.RegularExpressions;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

/// <summary>
/// The examples in the bot's questions come from its clock: whatever the date, typing the example
/// the bot just gave is accepted. A fixed example date would be refused once it has passed.
/// </summary>
public sealed class VoorbeeldenTests
{
    public static TheoryData<string, string> Momenten => new()
    {
        { "2026-11-21T09:00:00Z", "nl-NL" },
        { "2026-12-31T22:30:00Z", "nl-NL" },
        { "2028-02-29T12:00:00Z", "nl-NL" },
        { "2029-03-04T10:00:00Z", "nl-NL" },
        { "2029-03-04T10:00:00Z", "en-US" },
        { "2031-11-30T23:59:00Z", "en-US" },
    };

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task DatePrompt_ExampleDate_IsAcceptedOnThatDay(string moment, string locale)
    {
        var nu = DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture);
        var chat = new TestConversation(clock: new FixedClock(nu), locale: locale);
        var vraag = (await RunToDatePromptAsync(chat)).AllText();

        var voorbeeld = Regex.Match(vraag, @"'(\d\d)-(\d\d)-(\d{4})'");
        Assert.True(voorbeeld.Success, "The date question gives no dd-MM-yyyy example: " + vraag);
        var datum = DateOnly.ParseExact(voorbeeld.Value.Trim('\''), "dd-MM-yyyy", CultureInfo.InvariantCulture);
        Assert.True(datum > DateOnly.FromDateTime(nu.UtcDateTime.AddDays(1)), $"Example {datum} is not ahead of {nu:yyyy-MM-dd}");

        var antwoord = (await chat.SendAsync(voorbeeld.Value.Trim('\''))).AllText();

        Assert.Matches("Wat is uw naam|What is your name", antwoord);
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task DatePrompt_WrittenExample_IsAcceptedOnThatDay(string moment, string locale)
    {
        var chat = new TestConversation(clock: new FixedClock(DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture)), locale: locale);
        var vraag = (await RunToDatePromptAsync(chat)).AllText();
        var voorbeeld = Regex.Match(vraag, @"'(\d{1,2} [^\d']+)'");
        Assert.True(voorbeeld.Success, "The date question gives no written example: " + vraag);

        var antwoord = (await chat.SendAsync(voorbeeld.Groups[1].Value)).AllText();

        Assert.Matches("Wat is uw naam|What is your name", antwoord);
    }

    [Fact]
    public async Task StatusPrompt_ExampleReference_HasTheClocksYear()
    {
        var chat = new TestConversation(clock: new FixedClock(new DateTimeOffset(2029, 3, 4, 10, 0, 0, TimeSpan.Zero)));

        (await chat.SendAsync("wat is de status van mijn initiatief?")).ShouldContain("INI-2029-0042");
    }

    private static async Task<IReadOnlyList<Participatie.Bot.Schema.Activity>> RunToDatePromptAsync(TestConversation chat)
    {
        var english = chat.Locale?.StartsWith("en", StringComparison.Ordinal) == true;
        string[] antwoorden = english
            ? ["I want to organise a street party", "Street party Rozenstraat", "5341 AB", "everyone in the street", "neighbours", "25", "money", "no, that's all", "yes", "1500 euro", "time"]
            : ["ik wil een buurtbarbecue organiseren", "5341 AB", "alle bewoners van de straat", "buren", "25", "geld", "klaar", "ja", "1500 euro", "tijd"];
        IReadOnlyList<Participatie.Bot.Schema.Activity> replies = [];
        foreach (var antwoord in antwoorden)
        {
            replies = await chat.SendAsync(antwoord);
        }

        Assert.Matches("Wanneer wilt u beginnen|When do you want to start", replies.AllText());
        return replies;
    }
}

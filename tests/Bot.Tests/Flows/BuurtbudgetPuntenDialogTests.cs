using Participatie.Bot.Buurtbudget;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

/// <summary>The points ballot in the chat: step by step in text with a running total, local and Host checks, confirm, cast.</summary>
public sealed class BuurtbudgetPuntenDialogTests
{
    [Fact]
    public async Task PointsBallot_StepByStep_RunningTotal_MistakesLocated_ThenCast()
    {
        var budget = new FakePuntenBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget, locale: "nl-NL");

        (await chat.SendAsync("ik wil stemmen voor het buurtbudget")).ShouldContain("stemcode");
        (await chat.SendAsync("ABCD-EFGH-JKMN"))
            .ShouldContain("verdeel 10 punten").ShouldContain("Hoogstens 6 punten per project").ShouldContain("1. Speeltuin — € 600")
            .ShouldContain("3 punten voor project 2");
        (await chat.SendAsync("3 punten voor project 2")).ShouldContain("Project 2 (Bankjes): 3 punten").ShouldContain("3 van de 10 punten verdeeld; nog 7 over");
        (await chat.SendAsync("7 voor 3")).ShouldContain("hoogstens 6 punten per project").ShouldContain("nog 7 over");
        (await chat.SendAsync("project 9: 1")).ShouldContain("Project 9 staat niet op het stembiljet");
        (await chat.SendAsync("2,5 punten voor project 1")).ShouldContain("heel aantal punten");
        (await chat.SendAsync("6 voor 3 en 1 voor 1")).ShouldContain("Project 3 (Moestuin): 6 punten").ShouldContain("Project 1 (Speeltuin): 1 punten")
            .ShouldContain("10 van de 10 punten verdeeld; nog 0 over");
        (await chat.SendAsync("2 punten voor project 2")).ShouldContain("9 van de 10 punten verdeeld");
        (await chat.SendAsync("project 1 krijgt 3 punten")).ShouldContain("3 punten past niet").ShouldContain("hoogstens 2 punten");
        // Three projects cost € 1.350: the Host's whole-ballot check refuses it, the points stay.
        (await chat.SendAsync("klaar")).ShouldContain("te veel");
        (await chat.SendAsync("0 punten voor project 1")).ShouldContain("Project 1 (Speeltuin): geen punten meer").ShouldContain("8 van de 10");
        (await chat.SendAsync("klaar")).ShouldContain("Uw punten: 2. Bankjes: 2; 3. Moestuin: 6 (samen 8 van de 10)");
        (await chat.SendAsync("ja")).ShouldContain("Uw stem is geteld");

        var stem = Assert.Single(budget.Stemmen);
        Assert.Equal((11, FakePuntenBuurtbudget.Code), (stem.RondeId, stem.Code));
        Assert.Equal(new Dictionary<string, int> { ["2"] = 2, ["3"] = 6 }, stem.Punten);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task PointsBallot_DoneWithoutPoints_Reset_AndEnglish()
    {
        var budget = new FakePuntenBuurtbudget();
        var chat = new TestConversation(buurtbudget: budget, locale: "en-GB");

        (await chat.SendAsync("ABCD-EFGH-JKMN")).ShouldContain("distribute 10 points");
        (await chat.SendAsync("done")).ShouldContain("not given any points yet");
        (await chat.SendAsync("4 points for project 1")).ShouldContain("4 of your 10 points");
        (await chat.SendAsync("clear")).ShouldContain("you have 10 points again");
        (await chat.SendAsync("banana")).ShouldContain("did not understand");
        (await chat.SendAsync("project 2: 5")).ShouldContain("5 of your 10 points");
        (await chat.SendAsync("done")).ShouldContain("Your points: 2. Bankjes: 5");
        (await chat.SendAsync("no")).ShouldNotContain("counted");
        Assert.Empty(budget.Stemmen);
        Assert.Empty(chat.Errors);
    }

    [Theory]
    [InlineData("3 punten voor project 2", "2", "3")]
    [InlineData("3 voor 2", "2", "3")]
    [InlineData("project 2: 3", "2", "3")]
    [InlineData("2 = 3", "2", "3")]
    [InlineData("project 12 krijgt 4 punten", "12", "4")]
    [InlineData("-1 punt op 4", "4", "-1")]
    [InlineData("2,5 punten voor project 1", "1", "2.5")]
    [InlineData("3 points for project 2", "2", "3")]
    public void Reader_ReadsTheUsualWays(string tekst, string project, string punten)
    {
        var toekenning = Assert.Single(BuurtbudgetPuntenTekst.Lees(tekst));
        Assert.Equal((project, decimal.Parse(punten, System.Globalization.CultureInfo.InvariantCulture)), (toekenning.Project, toekenning.Punten));
    }

    [Theory]
    [InlineData("23")]
    [InlineData("ik weet het niet")]
    public void Reader_DoesNotGuess(string tekst) => Assert.Empty(BuurtbudgetPuntenTekst.Lees(tekst));
}

using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

public sealed class IntentRecognizerTests
{
    [Theory]
    [InlineData("ik wil een buurtbarbecue organiseren", "buurtbarbecue organiseren")]
    [InlineData("Ik wil graag een moestuin opzetten.", "moestuin opzetten")]
    [InlineData("I want to organise a street party", "organise a street party")]
    [InlineData("opruimactie in het park", "opruimactie in het park")]
    public void Recognize_IdeaSentence_StartsInitiativeWithIdea(string text, string idea)
    {
        var result = IntentRecognizer.Recognize(text);
        Assert.Equal(Intent.StartInitiative, result.Intent);
        Assert.Equal(idea, result.Idea);
    }

    [Theory]
    [InlineData("Initiatief starten")]
    [InlineData("ik wil een initiatief starten")]
    [InlineData("Start an initiative")]
    public void Recognize_StartWithoutContent_HasNoIdea(string text)
    {
        var result = IntentRecognizer.Recognize(text);
        Assert.Equal(Intent.StartInitiative, result.Intent);
        Assert.Null(result.Idea);
    }

    [Theory]
    [InlineData("Welke ondersteuning kan ik krijgen?", Intent.Support)]
    [InlineData("kom ik in aanmerking voor subsidie", Intent.Support)]
    [InlineData("What support can I get?", Intent.Support)]
    [InlineData("Status van mijn initiatief", Intent.Status)]
    [InlineData("hoe staat het ervoor", Intent.Status)]
    [InlineData("hallo", Intent.Greeting)]
    [InlineData("goedemorgen!", Intent.Greeting)]
    [InlineData("bedankt", Intent.Thanks)]
    [InlineData("asdfgh", Intent.None)]
    [InlineData("", Intent.None)]
    public void Recognize_Utterance_GivesIntent(string text, Intent expected)
    {
        Assert.Equal(expected, IntentRecognizer.Recognize(text).Intent);
    }

    [Fact]
    public void Recognize_ReferenceNumber_IsStatusWithReference()
    {
        var result = IntentRecognizer.Recognize("wat is er met INI-2026-42 gebeurd");
        Assert.Equal(new IntentResult(Intent.Status, Reference: "INI-2026-0042"), result);
    }

    [Theory]
    [InlineData("stop", Interruption.Stop)]
    [InlineData("STOP!", Interruption.Stop)]
    [InlineData("stopen", Interruption.Stop)]
    [InlineData("annuleren", Interruption.Stop)]
    [InlineData("help", Interruption.Help)]
    [InlineData("?", Interruption.Help)]
    [InlineData("opnieuw", Interruption.Restart)]
    [InlineData("opnieuww", Interruption.Restart)]
    [InlineData("start over", Interruption.Restart)]
    [InlineData("menu", Interruption.Menu)]
    [InlineData("hoofdmenu", Interruption.Menu)]
    [InlineData("main menu", Interruption.Menu)]
    [InlineData("stoppen met zwerfafval", Interruption.None)]
    [InlineData("ik heb hulp nodig bij de vergunning", Interruption.None)]
    [InlineData("ja", Interruption.None)]
    public void InterruptionRecognizer_Utterance_GivesCommand(string text, Interruption expected)
    {
        Assert.Equal(expected, InterruptionRecognizer.Recognize(text));
    }
}

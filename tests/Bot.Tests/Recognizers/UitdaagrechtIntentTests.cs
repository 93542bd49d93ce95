using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Tests.Recognizers;

/// <summary>The uitdaagrecht and exchange intents, and that they leave the existing intents alone.</summary>
public sealed class UitdaagrechtIntentTests
{
    [Theory]
    [InlineData("wij willen het groenonderhoud van ons plein overnemen", "groenonderhoud van ons plein")]
    [InlineData("We want to take over the maintenance of the park", "maintenance of the park")]
    [InlineData("ik wil gebruik maken van het uitdaagrecht", null)]
    public void TakingOverATask_IsUitdaagrecht_WithTheTask(string text, string? taak)
    {
        var result = IntentRecognizer.Recognize(text);

        Assert.Equal(Intent.Uitdaagrecht, result.Intent);
        Assert.Equal(taak, result.Idea);
    }

    [Theory]
    [InlineData("hoe staat het met ons uitdaagrecht?")]
    [InlineData("what is the status of our right to challenge")]
    public void AskingAboutIt_IsUitdaagrechtStatus(string text) =>
        Assert.Equal(Intent.UitdaagrechtStatus, IntentRecognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("zijn er vergelijkbare initiatieven?")]
    [InlineData("are there similar initiatives elsewhere?")]
    public void SimilarInitiatives_IsVergelijkbaar(string text) =>
        Assert.Equal(Intent.Vergelijkbaar, IntentRecognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("ja CV-12", "ja", "CV-12")]
    [InlineData("Nee cv-7", "nee", "CV-7")]
    [InlineData("ik trek mijn toestemming in voor CV-3", "intrekken", "CV-3")]
    [InlineData("afmelden uitwisseling", "afmelden", null)]
    [InlineData("aanmelden uitwisseling", "aanmelden", null)]
    public void ExchangeAnswers_AreActions(string text, string actie, string? code)
    {
        var result = IntentRecognizer.Recognize(text);

        Assert.Equal(Intent.UitwisselingActie, result.Intent);
        Assert.Equal(actie, result.Idea);
        Assert.Equal(code, result.Reference);
    }

    [Theory]
    [InlineData("ik wil een buurtbarbecue organiseren", Intent.StartInitiative)]
    [InlineData("kan ik subsidie krijgen", Intent.Support)]
    [InlineData("ik wil mijn initiatief intrekken", Intent.Withdraw)]
    [InlineData("hoe staat het met INI-2026-0042", Intent.Status)]
    [InlineData("ik wil nog een ander initiatief starten", Intent.StartInitiative)]
    public void ExistingIntents_AreUnchanged(string text, Intent intent) =>
        Assert.Equal(intent, IntentRecognizer.Recognize(text).Intent);
}

using System.Text;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Harness;

/// <summary>
/// Plays a <see cref="Bewoner"/> against the real bot until the initiative is registered, and counts the resident's
/// messages (the opening included). Fails when the resident is asked something they cannot answer or it takes too long.
/// </summary>
public static class DialogHarness
{
    public const int Maximum = 40;

    public static async Task<(int Antwoorden, string Transcript)> SpeelAsync(Bewoner bewoner, TestConversation? chat = null)
    {
        chat ??= new TestConversation();
        var transcript = new StringBuilder();
        await chat.SendActivityAsync(chat.ConversationUpdate("participatie-bot", chat.UserId));
        var bericht = bewoner.Opening;
        for (var antwoorden = 1; antwoorden <= Maximum; antwoorden++)
        {
            transcript.AppendLine("Bewoner: " + bericht);
            var replies = await chat.SendAsync(bericht);
            var tekst = replies.AllText();
            transcript.AppendLine("Bot: " + tekst.Replace("\n", "\n     ", StringComparison.Ordinal));
            Assert.Empty(chat.Errors);
            if (tekst.Contains("referentienummer INI-", StringComparison.Ordinal) || tekst.Contains("reference number INI-", StringComparison.Ordinal))
            {
                return (antwoorden, transcript.ToString());
            }

            var vraag = replies.LastOrDefault(r => r.Text is { Length: > 0 })?.Text ?? string.Empty;
            bericht = bewoner.Antwoord(vraag) ?? throw new Xunit.Sdk.XunitException($"{bewoner.Naam} cannot answer \"{vraag}\"\n{transcript}");
        }

        throw new Xunit.Sdk.XunitException($"{bewoner.Naam} needed more than {Maximum} answers\n{transcript}");
    }
}

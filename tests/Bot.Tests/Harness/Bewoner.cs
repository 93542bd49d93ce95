namespace Participatie.Bot.Tests.Harness;

/// <summary>
/// A resident played by the dialog harness: what they say first, and how they answer each question from their facts.
/// Answers are matched on words of the bot's question, so the resident answers whatever the bot asks in any order.
/// </summary>
public sealed record Bewoner(string Naam, string Opening, IReadOnlyList<(string Herken, string Antwoord)> Antwoorden)
{
    /// <summary>The answer to the bot's last message, or null when the resident does not know what is asked.</summary>
    public string? Antwoord(string vraag) =>
        Antwoorden.FirstOrDefault(a => vraag.Contains(a.Herken, StringComparison.OrdinalIgnoreCase)).Antwoord;
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Uitdaagrecht;

/// <summary>Residents invoke the uitdaagrecht in the chat, answering each question the bot asks; returns the UDR number.</summary>
public static class UitdaagrechtChat
{
    public static async Task<(string Referentie, List<string> Gesprek)> DoeAsync(
        DirectLineClient client, string groep = "vereniging", string leden = "8", string kosten = "€ 3.000", string zin = "wij willen het groenonderhoud van ons plein overnemen")
    {
        (Regex Vraag, string Antwoord)[] script =
        [
            (new("Welke taak", RegexOptions.IgnoreCase), "het groenonderhoud van het plein"),
            (new("Waar is dat", RegexOptions.IgnoreCase), "Vogelbuurt"),
            (new("georganiseerd", RegexOptions.IgnoreCase), groep),
            (new("hoeveel mensen", RegexOptions.IgnoreCase), leden),
            (new("per jaar kost", RegexOptions.IgnoreCase), kosten),
            (new("bereiken", RegexOptions.IgnoreCase), "Anna de Vries, anna@example.nl"),
            (new("Klopt dit", RegexOptions.IgnoreCase), "ja"),
        ];
        var gesprek = new List<string>();
        await client.PollAsync();
        var replies = await client.AskAsync(zin);
        for (var turn = 0; turn < 15; turn++)
        {
            gesprek.AddRange(replies);
            var reference = Regex.Match(string.Join("\n", replies), @"UDR-\d{4}-\d{4}");
            if (reference.Success)
            {
                return (reference.Value, gesprek);
            }

            var last = replies.LastOrDefault() ?? "";
            var step = script.FirstOrDefault(s => s.Vraag.IsMatch(last));
            if (step.Antwoord is null)
            {
                throw new InvalidOperationException("Unexpected question in the uitdaagrecht dialog: " + string.Join("\n", gesprek));
            }

            replies = await client.AskAsync(step.Antwoord);
        }

        throw new InvalidOperationException("The uitdaagrecht dialog did not end with a reference number: " + string.Join("\n", gesprek));
    }

    /// <summary>
    /// Every bot text stored in the conversation after the last one this test read (the workflow's messages too). Read
    /// from the database: as the test's clock moves months on, the resident's Direct Line token has long expired, and
    /// what counts is that the message waits in the conversation for when the resident comes back.
    /// </summary>
    public static async Task<List<string>> NieuweBerichtenAsync(DirectLineClient client, ParticipatieFactory factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var alle = (await db.ChatActivities.AsNoTracking().Where(a => a.ConversationId == client.ConversationId).OrderBy(a => a.Volgnummer)
                .Select(a => a.Json).ToListAsync())
            .Select(j => System.Text.Json.Nodes.JsonNode.Parse(j)!)
            .Where(a => a["from"]?["role"]?.GetValue<string>() == "bot")
            .Select(a => a["text"]?.GetValue<string>() ?? "")
            .ToList();
        var gelezen = Gelezen.GetValueOrDefault(client.ConversationId);
        Gelezen[client.ConversationId] = alle.Count;
        return alle.Skip(gelezen).ToList();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Gelezen = new();
}

using System.Text.RegularExpressions;

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>A resident's full intake in the chat, answering each question the bot asks.</summary>
public static class Intake
{
    /// <param name="clock">The host's clock: the start date is thirty days after its today.</param>
    /// <param name="verstuur">False: stop at "Klopt alles?" without confirming (returns an empty string), to confirm by hand.</param>
    public static async Task<string> DoeAsync(DirectLineClient client, TimeProvider clock, string buurt = "Vogelbuurt", string bedrag = "€ 450", string zelf = "ja", string? start = null, bool verstuur = true)
    {
        start ??= clock.GetUtcNow().AddDays(30).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        (Regex Vraag, string Antwoord)[] script =
        [
            (new("korte titel", RegexOptions.IgnoreCase), "Buurtbarbecue " + buurt),
            (new("Waar vindt het plaats", RegexOptions.IgnoreCase), buurt),
            (new("Voor wie", RegexOptions.IgnoreCase), "alle bewoners van de straat"),
            (new("met wie", RegexOptions.IgnoreCase), "met de buren"),
            (new("Met hoeveel", RegexOptions.IgnoreCase), "25"),
            (new("Welke hulp", RegexOptions.IgnoreCase), "geld en materialen"),
            (new("nog iets anders nodig", RegexOptions.IgnoreCase), "Nee, dat is alles"),
            (new("zelf .*uitvoeren", RegexOptions.IgnoreCase), zelf),
            (new("Wat kost het", RegexOptions.IgnoreCase), bedrag),
            (new(@"zelf bij\?", RegexOptions.IgnoreCase), "tijd"),
            (new("Wanneer wilt u beginnen", RegexOptions.IgnoreCase), start),
            (new("Wat is uw naam", RegexOptions.IgnoreCase), "Fatima de Vries"),
            (new("e-mailadres of telefoonnummer", RegexOptions.IgnoreCase), "fatima@example.nl"),
            (new("Klopt alles", RegexOptions.IgnoreCase), "Klopt, versturen"),
        ];
        await client.PollAsync();
        var replies = await client.AskAsync("ik wil een buurtbarbecue organiseren in de " + buurt);
        for (var turn = 0; turn < 30; turn++)
        {
            var all = string.Join("\n", replies);
            var reference = Regex.Match(all, @"INI-\d{4}-\d{4}");
            if (reference.Success)
            {
                return reference.Value;
            }

            var last = replies.LastOrDefault() ?? "";
            if (!verstuur && last.Contains("Klopt alles", StringComparison.OrdinalIgnoreCase))
            {
                return "";
            }

            var step = script.FirstOrDefault(s => s.Vraag.IsMatch(last));
            if (step.Antwoord is null)
            {
                throw new InvalidOperationException("Unexpected question in the intake: " + all);
            }

            replies = await client.AskAsync(step.Antwoord);
        }

        throw new InvalidOperationException("The intake did not end with a reference number.");
    }
}

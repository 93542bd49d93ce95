using System.CommandLine;
using Participatie.Burgerberaad.Cli;

namespace Participatie.Host.Cli;

/// <summary>
/// <c>burgerberaad select --categories FILE --respondents FILE --size K [--seed S] [--time-limit SECONDS]</c>: a fair stratified lottery
/// (LEXIMIN) over volunteers in the stratification-app CSV formats; prints one JSON line
/// <c>{"panel":[…],"probabilities":{…},"min_probability":p}</c>. Located errors and quota conflicts go to stderr (exit 1).
/// </summary>
internal static class BurgerberaadCommand
{
    public static Command Create()
    {
        var categories = new Option<FileInfo>("--categories") { Description = "Categorieën met quota: feature,value,min,max.", Required = true };
        var respondents = new Option<FileInfo>("--respondents") { Description = "Aanmeldingen: id plus één kolom per kenmerk.", Required = true };
        var size = new Option<int>("--size") { Description = "Aantal leden van het beraad.", Required = true };
        var seed = new Option<long?>("--seed") { Description = "Vooraf bekendgemaakt getal waarmee iedereen de trekking kan herhalen." };
        var timeLimit = new Option<int>("--time-limit")
        {
            Description = "Maximaal aantal seconden rekentijd (standaard 600; 0 = geen limiet). Daarna volgt een geldige loting die niet bewezen LEXIMIN is, met een waarschuwing.",
            DefaultValueFactory = _ => 600,
        };
        var select = new Command("select", "Trek een burgerberaad: eerlijk gestratificeerd loten (LEXIMIN).") { categories, respondents, size, seed, timeLimit };
        select.SetAction(parse =>
        {
            var categorieen = parse.GetValue(categories)!;
            var aanmeldingen = parse.GetValue(respondents)!;
            foreach (var bestand in new[] { categorieen, aanmeldingen }.Where(f => !f.Exists))
            {
                Console.Error.WriteLine($"{bestand.Name}: bestand niet gevonden.");
                return 1;
            }

            var seconden = parse.GetValue(timeLimit);
            if (seconden < 0)
            {
                Console.Error.WriteLine($"--time-limit: {seconden} is geen geldig aantal seconden (0 of meer; 0 = geen limiet).");
                return 1;
            }

            using var categorieenLezer = categorieen.OpenText();
            using var aanmeldingenLezer = aanmeldingen.OpenText();
            return SelectCommand.Execute(categorieenLezer, aanmeldingenLezer, parse.GetValue(size), parse.GetValue(seed),
                Console.Out, Console.Error, categorieen.Name, aanmeldingen.Name, seconden == 0 ? null : TimeSpan.FromSeconds(seconden));
        });
        return new Command("burgerberaad", "Burgerberaad door loting.") { select };
    }
}

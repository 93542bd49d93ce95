using System.CommandLine;
using Participatie.Buurtbudget.Cli;

namespace Participatie.Host.Cli;

/// <summary>
/// <c>pb run FILE.pb --method greedy|mes [--utility cost|cardinality|points] [--completion none|add1|add1u]</c>: counts a
/// participatory-budgeting election in the pabulib format and prints one JSON line
/// <c>{"selected":[…],"spent":N}</c>. A bad file gets its located errors on stderr and exit code 1; bad options 2.
/// </summary>
internal static class PbCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("bestand") { Description = "Een pabulib-bestand (.pb) met approval- of puntenstemmen (cumulative)." };
        var method = new Option<string>("--method") { Description = "greedy (op aantal stemmen of punten) of mes (Method of Equal Shares).", Required = true };
        var utility = new Option<string>("--utility") { Description = "Bij mes: cost (standaard bij approval), cardinality, of points (standaard en enige bij puntenstemmen)." };
        var completion = new Option<string>("--completion") { Description = "Bij mes: none (standaard), add1 of add1u.", DefaultValueFactory = _ => "none" };
        var run = new Command("run", "Tel een pabulib-verkiezing en druk de gekozen projecten af als één JSON-regel.") { file, method, utility, completion };
        run.SetAction(parse =>
        {
            if (!Participatie.Buurtbudget.Cli.PbCommand.TryParseOptions(parse.GetValue(method), parse.GetValue(utility), parse.GetValue(completion), out var options, out var error))
            {
                Console.Error.WriteLine(error);
                return 2;
            }

            var pad = parse.GetValue(file)!;
            if (!pad.Exists)
            {
                Console.Error.WriteLine($"{pad.Name}: bestand niet gevonden.");
                return 1;
            }

            using var reader = pad.OpenText();
            var result = Participatie.Buurtbudget.Cli.PbCommand.Run(reader, options, pad.Name);
            foreach (var diagnostic in result.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic.ToString());
            }

            if (result.Json is not null)
            {
                Console.WriteLine(result.Json);
            }

            return result.ExitCode;
        });
        return new Command("pb", "Participatory budgeting: tel een verkiezing (pabulib).") { run };
    }
}

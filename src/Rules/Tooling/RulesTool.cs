using System.Diagnostics;
using System.Globalization;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Loading;

namespace Participatie.Rules.Tooling;

/// <summary>
/// The <c>rules check | run | bench</c> command-line verbs as plain methods: arguments and writers
/// in, exit code out (0 = ok, 1 = invalid rules or inputs, 2 = wrong usage). The Host exe wires them.
/// </summary>
public static class RulesTool
{
    public const string Usage = """
        Gebruik:
          rules check FILE…
          rules run FILE --workflow NAME [--input FILE | --input NAME=FILE]… [--settings FILE]
          rules bench FILE --workflow NAME (--inputs FILE.jsonl | --input NAME=FILE.jsonl…) --repeat K [--settings FILE]
        """;

    /// <summary>Dispatches <paramref name="args"/> (a leading "rules" is allowed and skipped).</summary>
    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count > 0 && args[0] == "rules")
        {
            args = args.Skip(1).ToList();
        }
        if (args.Count == 0)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        var rest = args.Skip(1).ToList();
        switch (args[0])
        {
            case "check":
                if (rest.Count == 0)
                {
                    stderr.WriteLine("rules check: geef minstens één bestand op.");
                    return 2;
                }
                return Check(rest, stdout, stderr);
            case "run":
                return ParseRun(rest, stderr) is { } run ? Run(run, stdout, stderr) : 2;
            case "bench":
                return ParseBench(rest, stderr) is { } bench ? Bench(bench, stdout, stderr) : 2;
            default:
                stderr.WriteLine($"Onbekende opdracht '{args[0]}'.");
                stderr.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>Checks rule set files; prints one located problem per line. Exit 0 when no file has errors.</summary>
    public static int Check(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        var errors = 0;
        foreach (var file in files)
        {
            var document = RuleSetLoader.LoadFile(file);
            var diagnostics = RuleSetChecker.Check(document)
                .OrderBy(d => d.Location?.FileLine ?? 0)
                .ThenBy(d => d.Location?.FileColumn ?? 0)
                .ThenBy(d => d.Column ?? 0)
                .ToList();
            foreach (var diagnostic in diagnostics)
            {
                stdout.WriteLine(diagnostic.ToString());
            }
            var fileErrors = diagnostics.Count(d => d.IsError);
            errors += fileErrors;
            stderr.WriteLine(fileErrors == 0
                ? $"{file}: geldig ({document.Workflows.Count} workflow(s))"
                : $"{file}: {fileErrors} fout(en)");
        }
        return errors == 0 ? 0 : 1;
    }

    /// <summary>Runs a workflow on JSON inputs and prints the result trees as a JSON array.</summary>
    public static int Run(RunOptions options, TextWriter stdout, TextWriter stderr)
    {
        var engine = CreateEngine(options.File, options.SettingsFile, stderr);
        if (engine is null)
        {
            return 1;
        }
        if (!engine.ContainsWorkflow(options.Workflow))
        {
            stderr.WriteLine($"De workflow '{options.Workflow}' staat niet in {options.File}. Wel: {string.Join(", ", engine.GetAllRegisteredWorkflowNames())}.");
            return 1;
        }
        var parameters = new List<RuleParameter>();
        for (var i = 0; i < options.Inputs.Count; i++)
        {
            var (name, file) = options.Inputs[i];
            var value = ReadJsonFile(file, stderr, out var ok);
            if (!ok)
            {
                return 1;
            }
            parameters.Add(new RuleParameter(name ?? $"input{i + 1}", value));
        }
        IReadOnlyList<RuleResultTree> results;
        try
        {
            results = engine.ExecuteAllRules(options.Workflow, parameters.ToArray());
        }
        catch (Exception ex) when (ex is RuleException or ArgumentException)
        {
            stderr.WriteLine(ex.Message);
            return 1;
        }
        stdout.WriteLine(ResultJsonWriter.Write(results));
        return 0;
    }

    /// <summary>Times a workflow over JSON-lines inputs and prints one summary line.</summary>
    public static int Bench(BenchOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Repeat < 1)
        {
            stderr.WriteLine("--repeat moet minstens 1 zijn.");
            return 2;
        }
        var engine = CreateEngine(options.File, options.SettingsFile, stderr);
        if (engine is null)
        {
            return 1;
        }
        if (!engine.ContainsWorkflow(options.Workflow))
        {
            stderr.WriteLine($"De workflow '{options.Workflow}' staat niet in {options.File}.");
            return 1;
        }
        var evaluations = options.NamedInputs is { Count: > 0 } named
            ? ReadNamedInputs(named, stderr)
            : ReadPositionalInputs(options.InputsFile!, stderr);
        if (evaluations is null)
        {
            return 1;
        }
        if (evaluations.Count == 0)
        {
            stderr.WriteLine($"{options.InputsFile ?? options.NamedInputs![0].File}: bevat geen invoer.");
            return 1;
        }
        var rulesPerEvaluation = 0;
        try
        {
            var first = engine.ExecuteAllRules(options.Workflow, evaluations[0]);
            if (first.Count > 0 && first.All(r => r.ExceptionMessage.StartsWith("Exception while parsing expression", StringComparison.Ordinal)
                    || r.ExceptionMessage.StartsWith("Error while compiling rule", StringComparison.Ordinal)))
            {
                // every rule failing to compile usually means the inputs have other names than the rules use: the timing would be of that error
                stderr.WriteLine($"waarschuwing: alle regels falen al bij het compileren, bijvoorbeeld: {first[0].ExceptionMessage}");
                stderr.WriteLine("Heten de invoeren zoals de regels ze noemen? Geef ze een naam met --input NAAM=FILE.jsonl.");
            }
            foreach (var inputs in evaluations)
            {
                rulesPerEvaluation = engine.ExecuteAllRules(options.Workflow, inputs).Count;
            }
            var stopwatch = Stopwatch.StartNew();
            for (var k = 0; k < options.Repeat; k++)
            {
                foreach (var inputs in evaluations)
                {
                    engine.ExecuteAllRules(options.Workflow, inputs);
                }
            }
            stopwatch.Stop();
            var total = (long)evaluations.Count * options.Repeat;
            var totalNs = stopwatch.Elapsed.TotalMilliseconds * 1_000_000.0;
            var perRule = totalNs / (total * Math.Max(1, rulesPerEvaluation));
            var inv = CultureInfo.InvariantCulture;
            stdout.WriteLine($"evaluations={total.ToString(inv)} rules_per_eval={rulesPerEvaluation.ToString(inv)} total_ms={stopwatch.Elapsed.TotalMilliseconds.ToString("0.###", inv)} ns_per_rule_eval={perRule.ToString("0.#", inv)}");
            return 0;
        }
        catch (Exception ex) when (ex is RuleException or ArgumentException)
        {
            stderr.WriteLine(ex.Message);
            return 1;
        }
    }

    /// <summary>Lines of one file: input1, input2, … by position; a line that is a JSON array gives one input per element.</summary>
    private static List<RuleParameter[]>? ReadPositionalInputs(string file, TextWriter stderr)
    {
        var lines = ReadJsonLines(file, stderr);
        if (lines is null)
        {
            return null;
        }
        var evaluations = new List<RuleParameter[]>();
        foreach (var (value, _, text) in lines)
        {
            var inputs = value is Array array && text.TrimStart().StartsWith('[') ? array.Cast<object?>().ToArray() : [value];
            evaluations.Add(inputs.Select((v, n) => new RuleParameter($"input{n + 1}", v)).ToArray());
        }
        return evaluations;
    }

    /// <summary>One file per input name; evaluation i takes line i of each, so the files must be equally long.</summary>
    private static List<RuleParameter[]>? ReadNamedInputs(IReadOnlyList<(string Name, string File)> named, TextWriter stderr)
    {
        var columns = new List<(string Name, List<object?> Values)>();
        foreach (var (name, file) in named)
        {
            var lines = ReadJsonLines(file, stderr);
            if (lines is null)
            {
                return null;
            }
            columns.Add((name, lines.Select(l => l.Value).ToList()));
        }
        var count = columns[0].Values.Count;
        if (columns.Exists(c => c.Values.Count != count))
        {
            stderr.WriteLine("De invoerbestanden hebben niet allemaal evenveel regels: " + string.Join(", ", columns.Select(c => $"{c.Name} {c.Values.Count}")) + ".");
            return null;
        }
        return Enumerable.Range(0, count).Select(i => columns.Select(c => new RuleParameter(c.Name, c.Values[i])).ToArray()).ToList();
    }

    /// <summary>The non-blank lines of a JSON-lines file as values; null (after saying why) when it cannot be read.</summary>
    private static List<(object? Value, int LineNumber, string Text)>? ReadJsonLines(string file, TextWriter stderr)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{file}: kan niet gelezen worden: {ex.Message}");
            return null;
        }
        var values = new List<(object?, int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            try
            {
                values.Add((DataValues.FromJson(lines[i]), i + 1, lines[i]));
            }
            catch (System.Text.Json.JsonException ex)
            {
                stderr.WriteLine($"{file}({i + 1}): geen geldige JSON: {ex.Message}");
                return null;
            }
        }
        return values;
    }

    private static RuleEngine? CreateEngine(string file, string? settingsFile, TextWriter stderr)
    {
        var settings = new RuleSettings();
        if (settingsFile is not null)
        {
            var errors = new List<string>();
            settings = SettingsReader.Read(settingsFile, errors);
            if (errors.Count > 0)
            {
                errors.ForEach(stderr.WriteLine);
                return null;
            }
        }
        var engine = new RuleEngine(settings);
        var registration = engine.AddOrUpdateFromFile(file);
        foreach (var diagnostic in registration.Diagnostics.Where(d => d.IsError))
        {
            stderr.WriteLine(diagnostic.ToString());
        }
        return registration.Succeeded ? engine : null;
    }

    private static object? ReadJsonFile(string file, TextWriter stderr, out bool ok)
    {
        ok = false;
        try
        {
            var value = DataValues.FromJson(File.ReadAllText(file));
            ok = true;
            return value;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            stderr.WriteLine($"{file}: invoer kan niet gelezen worden: {ex.Message}");
            return null;
        }
    }

    private static RunOptions? ParseRun(List<string> args, TextWriter stderr)
    {
        string? file = null, workflow = null, settings = null;
        var inputs = new List<(string?, string)>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--workflow" when i + 1 < args.Count:
                    workflow = args[++i];
                    break;
                case "--settings" when i + 1 < args.Count:
                    settings = args[++i];
                    break;
                case "--input" when i + 1 < args.Count:
                {
                    var value = args[++i];
                    var eq = value.IndexOf('=');
                    if (eq > 0 && value[..eq].All(c => char.IsLetterOrDigit(c) || c == '_') && char.IsLetter(value[0]))
                    {
                        inputs.Add((value[..eq], value[(eq + 1)..]));
                    }
                    else
                    {
                        inputs.Add((null, value));
                    }
                    break;
                }
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        stderr.WriteLine($"rules run: onverwacht argument '{args[i]}'.");
                        stderr.WriteLine(Usage);
                        return null;
                    }
                    file = args[i];
                    break;
            }
        }
        if (file is null || workflow is null)
        {
            stderr.WriteLine("rules run: FILE en --workflow NAME zijn verplicht.");
            stderr.WriteLine(Usage);
            return null;
        }
        return new RunOptions(file, workflow, inputs, settings);
    }

    private static BenchOptions? ParseBench(List<string> args, TextWriter stderr)
    {
        string? file = null, workflow = null, inputs = null, settings = null;
        var named = new List<(string Name, string File)>();
        var repeat = 1;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--workflow" when i + 1 < args.Count:
                    workflow = args[++i];
                    break;
                case "--inputs" when i + 1 < args.Count:
                    inputs = args[++i];
                    break;
                case "--input" when i + 1 < args.Count:
                {
                    var value = args[++i];
                    var eq = value.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        stderr.WriteLine($"rules bench: --input verwacht NAAM=FILE.jsonl, niet '{value}'.");
                        return null;
                    }
                    named.Add((value[..eq], value[(eq + 1)..]));
                    break;
                }
                case "--settings" when i + 1 < args.Count:
                    settings = args[++i];
                    break;
                case "--repeat" when i + 1 < args.Count:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out repeat))
                    {
                        stderr.WriteLine("rules bench: --repeat moet een geheel getal zijn.");
                        return null;
                    }
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        stderr.WriteLine($"rules bench: onverwacht argument '{args[i]}'.");
                        return null;
                    }
                    file = args[i];
                    break;
            }
        }
        if (file is null || workflow is null || (inputs is null) == (named.Count == 0))
        {
            stderr.WriteLine("rules bench: FILE, --workflow NAME en óf --inputs FILE.jsonl óf --input NAAM=FILE.jsonl zijn verplicht.");
            stderr.WriteLine(Usage);
            return null;
        }
        return new BenchOptions(file, workflow, inputs, repeat, settings, named);
    }
}

using System.Security.Cryptography;
using Participatie.Burgerberaad.Csv;
using Participatie.Burgerberaad.Diagnostics;
using Participatie.Burgerberaad.Lottery;
using Participatie.Burgerberaad.Selection;

namespace Participatie.Burgerberaad.Cli;

/// <summary>
/// <c>burgerberaad select --categories FILE --respondents FILE --size K [--seed S] [--time-limit SECONDS]</c> as plain
/// methods, for the Host to wire: readers in, one JSON line out. Exit codes of <see cref="Execute"/>: 0 = panel drawn
/// (warnings, such as a reached time limit, on stderr), 1 = invalid files or quotas that cannot be met (located
/// messages on stderr).
/// </summary>
public static class SelectCommand
{
    /// <summary>
    /// Reads both files, computes the LEXIMIN lottery, draws a panel with <paramref name="seed"/> (a fresh random seed
    /// when null: that draw cannot be re-run) and returns the JSON line, or the problems found. With a
    /// <paramref name="timeLimit"/> the LEXIMIN computation stops after that long with a valid lottery that is not
    /// proven LEXIMIN (a BB0302 warning, and <c>"exact":false</c> in the line).
    /// </summary>
    public static SelectCommandResult Run(
        TextReader categories,
        TextReader respondents,
        int size,
        long? seed,
        string categoriesFile = "categories.csv",
        string respondentsFile = "respondents.csv",
        TimeSpan? timeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(respondents);
        var readCategories = CategoriesCsv.Read(categories, categoriesFile);
        if (readCategories.Value is not { } quotaTable)
        {
            return new SelectCommandResult(null, readCategories.Diagnostics, null);
        }
        var readPool = RespondentsCsv.Read(respondents, quotaTable, respondentsFile);
        if (readPool.Value is not { } pool)
        {
            return new SelectCommandResult(null, readPool.Diagnostics, null);
        }
        var outcome = LeximinSelector.Select(quotaTable, pool, size, new LeximinOptions { TimeLimit = timeLimit });
        if (outcome.Result is not { } result)
        {
            return new SelectCommandResult(null, outcome.Diagnostics, outcome);
        }
        var drawn = PanelDraw.Draw(result, seed ?? RandomNumberGenerator.GetInt32(int.MaxValue));
        return new SelectCommandResult(SelectJson.Write(result, drawn), outcome.Diagnostics, outcome, drawn);
    }

    /// <summary>Runs the command and writes the JSON line to <paramref name="stdout"/> or one problem per line to <paramref name="stderr"/>.</summary>
    public static int Execute(TextReader categories, TextReader respondents, int size, long? seed, TextWriter stdout, TextWriter stderr,
        string categoriesFile = "categories.csv", string respondentsFile = "respondents.csv", TimeSpan? timeLimit = null)
    {
        var result = Run(categories, respondents, size, seed, categoriesFile, respondentsFile, timeLimit);
        if (result.Json is { } json)
        {
            foreach (var warning in result.Diagnostics)
            {
                stderr.WriteLine(warning.ToString());
            }
            stdout.WriteLine(json);
            return 0;
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }
        return 1;
    }
}

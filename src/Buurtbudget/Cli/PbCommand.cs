using System.Globalization;
using System.Text;
using System.Text.Json;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Pabulib;

namespace Participatie.Buurtbudget.Cli;

/// <summary>
/// The library side of the CLI verb
/// <c>pb run FILE.pb --method greedy|mes [--utility cost|cardinality|points] [--completion none|add1|add1u]</c>.
/// The Host opens the file, parses the options with <see cref="TryParseOptions"/>, calls
/// <see cref="Run(TextReader, CountingOptions, string?)"/>, writes <see cref="PbRunResult.Json"/>
/// to stdout (or the diagnostics to stderr) and exits with <see cref="PbRunResult.ExitCode"/>.
/// </summary>
public static class PbCommand
{
    /// <summary>
    /// Reads a pabulib file and counts it. On success the JSON line is exactly
    /// <c>{"selected":[ids sorted ordinally],"spent":N}</c>, N the total cost of the selected
    /// projects as a plain number (no exponent, no trailing zeros).
    /// Approval and points (cumulative) files are counted: greedy by approvals or by total points; mes
    /// on a points file with the points as utilities (the default there when no utility was given;
    /// cost or cardinality is refused with PB0402, as is points on an approval file). Ranked and
    /// scoring files are refused (PB0401).
    /// </summary>
    public static PbRunResult Run(TextReader pbFile, CountingOptions options, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(pbFile);
        ArgumentNullException.ThrowIfNull(options);
        var read = PabulibReader.Read(pbFile, fileName);
        if (read.HasErrors || read.File is null)
        {
            return new PbRunResult(1, null, null, read.Diagnostics);
        }
        var election = read.File.Election;
        if (election.VoteType is not (VoteType.Approval or VoteType.Cumulative))
        {
            var refused = new PabulibDiagnostic("PB0401", PabulibSeverity.Error, 0, 0,
                $"pb run telt approval- en puntenstemmen (cumulative); dit bestand heeft vote_type {VoteTypes.Name(election.VoteType)}.") { File = fileName };
            return new PbRunResult(1, null, null, [.. read.Diagnostics, refused]);
        }
        if (election.VoteType == VoteType.Cumulative && options.Method == CountingMethod.EqualShares && !options.UtilityGiven)
        {
            options = options with { Utility = UtilityKind.Points };
        }
        if (Counter.Unsupported(election.VoteType, options) is { } reason)
        {
            var refused = new PabulibDiagnostic("PB0402", PabulibSeverity.Error, 0, 0, reason) { File = fileName };
            return new PbRunResult(1, null, null, [.. read.Diagnostics, refused]);
        }
        var outcome = Counter.Count(election, options);
        return new PbRunResult(0, FormatJson(outcome), outcome, read.Diagnostics);
    }

    /// <summary>Shorthand for <see cref="Run(TextReader, CountingOptions, string?)"/> with the three options.</summary>
    public static PbRunResult Run(TextReader pbFile, CountingMethod method, UtilityKind utility = UtilityKind.Cost, Completion completion = Completion.None) =>
        Run(pbFile, new CountingOptions(method, utility, completion));

    /// <summary>
    /// Parses the verb's option values: method <c>greedy|mes</c>, utility <c>cost|cardinality|points</c>
    /// (default cost, or points for a points file), completion <c>none|add1|add1u</c> (default none). Case-insensitive.
    /// On failure <paramref name="error"/> is a one-line message for stderr.
    /// </summary>
    public static bool TryParseOptions(string? method, string? utility, string? completion, out CountingOptions options, out string error)
    {
        options = CountingOptions.Greedy;
        error = string.Empty;
        CountingMethod? m = method?.Trim().ToLowerInvariant() switch
        {
            "greedy" => CountingMethod.Greedy,
            "mes" => CountingMethod.EqualShares,
            _ => null,
        };
        UtilityKind? u = (utility ?? "cost").Trim().ToLowerInvariant() switch
        {
            "cost" => UtilityKind.Cost,
            "cardinality" => UtilityKind.Cardinality,
            "points" => UtilityKind.Points,
            _ => null,
        };
        Completion? c = (completion ?? "none").Trim().ToLowerInvariant() switch
        {
            "none" => Completion.None,
            "add1" => Completion.Add1,
            "add1u" => Completion.Add1Utilitarian,
            _ => null,
        };
        if (m is null)
        {
            error = $"--method moet greedy of mes zijn, niet '{method}'.";
            return false;
        }
        if (u is null)
        {
            error = $"--utility moet cost, cardinality of points zijn, niet '{utility}'.";
            return false;
        }
        if (c is null)
        {
            error = $"--completion moet none, add1 of add1u zijn, niet '{completion}'.";
            return false;
        }
        options = new CountingOptions(m.Value, u.Value, c.Value) { UtilityGiven = utility is not null };
        return true;
    }

    /// <summary>The JSON line for an outcome: <c>{"selected":[…],"spent":N}</c>, ids sorted ordinally.</summary>
    public static string FormatJson(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("selected");
            foreach (var id in outcome.SelectedSorted)
            {
                writer.WriteStringValue(id);
            }
            writer.WriteEndArray();
            writer.WritePropertyName("spent");
            writer.WriteRawValue(FormatNumber(outcome.Spent));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static string FormatNumber(decimal value) =>
        (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}

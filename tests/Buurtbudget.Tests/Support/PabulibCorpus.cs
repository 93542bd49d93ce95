using System.Text.Json;

namespace Participatie.Buurtbudget.Tests.Support;

/// <summary>
/// Finds the shared pabulib corpus (../shared/corpus/pabulib from the repository root, found by
/// walking up from the test's directory) and reads its EXPECTED.json. Read in place, never copied.
/// </summary>
public static class PabulibCorpus
{
    private static readonly Lazy<string?> RootLazy = new(Locate);

    public static string? Root => RootLazy.Value;

    public static bool Available => Root is not null;

    public const string SkipMessage = "Compatibiliteitscorpus ../shared/corpus/pabulib ontbreekt; test overgeslagen.";

    private static string? Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Participatie.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "pabulib"));
                return Directory.Exists(path) ? path : null;
            }
            directory = directory.Parent;
        }
        return null;
    }

    public static string PathOf(string file) => Path.Combine(Root ?? throw new InvalidOperationException("corpus ontbreekt"), file);

    public sealed record Expectation(
        string File,
        int Voters,
        int Projects,
        decimal Budget,
        IReadOnlyList<string> GreedyRealOutcome,
        IReadOnlyList<string> MesCostNoCompletion,
        IReadOnlyList<string> MesCardinalityNoCompletion);

    public static IReadOnlyList<Expectation> Expectations()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf("EXPECTED.json")));
        return document.RootElement.EnumerateArray().Select(e => new Expectation(
            e.GetProperty("file").GetString()!,
            e.GetProperty("voters").GetInt32(),
            e.GetProperty("projects").GetInt32(),
            e.GetProperty("budget").GetDecimal(),
            Strings(e.GetProperty("greedy_real_outcome")),
            Strings(e.GetProperty("mes_cost_no_completion")),
            Strings(e.GetProperty("mes_cardinality_no_completion")))).ToList();

        static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToList();
    }

    /// <summary>The corpus file names for a theory (empty when the corpus is absent; the theory is skipped then).</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (Available)
        {
            foreach (var e in Expectations())
            {
                data.Add(e.File);
            }
        }
        return data;
    }

    public static Expectation For(string file) => Expectations().Single(e => e.File == file);
}

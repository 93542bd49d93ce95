using System.Text.Json;
using Participatie.Burgerberaad.Csv;
using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>Finds the shared sortition corpus (../shared/corpus/sortition from the repository root), read in place.</summary>
public static class SortitionCorpus
{
    public const string SkipMessage = "Compatibiliteitscorpus ../shared/corpus/sortition ontbreekt; test overgeslagen.";

    private static readonly Lazy<string?> RootLazy = new(Locate);

    public static string? Root => RootLazy.Value;

    public static bool Available => Root is not null;

    private static string? Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Participatie.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "sortition"));
                return File.Exists(Path.Combine(path, "EXPECTED.json")) ? path : null;
            }
            directory = directory.Parent;
        }
        return null;
    }

    /// <summary>The folders listed in EXPECTED.json (empty when the corpus is absent, so theories have data).</summary>
    public static TheoryData<string> Pools()
    {
        var data = new TheoryData<string>();
        if (!Available)
        {
            data.Add("absent");
            return data;
        }
        foreach (var pool in Expected())
        {
            data.Add(pool.Folder);
        }
        return data;
    }

    public static IReadOnlyList<ExpectedPool> Expected()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root!, "EXPECTED.json")));
        return document.RootElement.EnumerateArray().Select(e => new ExpectedPool(
            e.GetProperty("folder").GetString()!,
            e.GetProperty("size").GetInt32(),
            e.GetProperty("feasible_panels").GetInt32(),
            e.GetProperty("min_probability").GetDouble(),
            e.GetProperty("leximin_probabilities").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()),
            e.GetProperty("never_selectable").EnumerateArray().Select(x => x.GetString()!).ToArray())).ToArray();
    }

    public static (Categories Categories, RespondentPool Pool) Load(string folder)
    {
        var directory = Path.Combine(Root!, folder);
        using var categoriesReader = new StreamReader(Path.Combine(directory, "categories.csv"));
        var categories = CategoriesCsv.Read(categoriesReader, "categories.csv");
        Assert.True(categories.Succeeded, string.Join(Environment.NewLine, categories.Diagnostics));
        using var respondentsReader = new StreamReader(Path.Combine(directory, "respondents.csv"));
        var pool = RespondentsCsv.Read(respondentsReader, categories.Value!, "respondents.csv");
        Assert.True(pool.Succeeded, string.Join(Environment.NewLine, pool.Diagnostics));
        return (categories.Value!, pool.Value!);
    }

    public static TextReader Open(string folder, string file) => new StreamReader(Path.Combine(Root!, folder, file));
}

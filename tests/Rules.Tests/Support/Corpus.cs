using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Loading;

namespace Participatie.Rules.Tests.Support;

/// <summary>Finds the shared RulesEngine compatibility corpus (read in place, never copied).</summary>
public static class Corpus
{
    private static readonly Lazy<string?> RootLazy = new(Locate);

    public static string? Root => RootLazy.Value;

    public static bool Available => Root is not null;

    public static string RepositoryRoot => FindRepositoryRoot() ?? throw new InvalidOperationException("Participatie.sln niet gevonden.");

    private static string? FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Participatie.sln")))
            {
                return directory.FullName;
            }
            directory = directory.Parent;
        }
        return null;
    }

    private static string? Locate()
    {
        var repository = FindRepositoryRoot();
        if (repository is null)
        {
            return null;
        }
        var path = Path.GetFullPath(Path.Combine(repository, "..", "shared", "corpus", "rulesengine"));
        return Directory.Exists(path) ? path : null;
    }

    public static string PathOf(string relative) => Path.Combine(Root ?? throw new InvalidOperationException("corpus ontbreekt"), relative);

    /// <summary>Loads a corpus file into a new engine (fails the test when the file does not register).</summary>
    public static RuleEngine Engine(string relative, RuleSettings? settings = null)
    {
        var engine = new RuleEngine(settings);
        var document = RuleSetLoader.LoadFile(PathOf(relative));
        Assert.False(document.HasErrors, string.Join(Environment.NewLine, document.Diagnostics));
        var result = engine.AddOrUpdateWorkflow(document.Workflows.ToArray());
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return engine;
    }

    /// <summary>Reads a JSON input file as the engine sees Newtonsoft ExpandoObjects.</summary>
    public static object? Input(string relative, string? property = null)
    {
        var value = DataValues.FromJson(File.ReadAllText(PathOf(relative)));
        if (property is not null)
        {
            return ((DataObject)value!)[property];
        }
        return value;
    }
}

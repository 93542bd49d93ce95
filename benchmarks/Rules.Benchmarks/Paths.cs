namespace Participatie.Rules.Benchmarks;

/// <summary>Locates the repository, the corpus and the generated benchmark inputs.</summary>
public static class Paths
{
    public static string Repository
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Participatie.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("Participatie.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Discount => Path.GetFullPath(Path.Combine(Repository, "..", "shared", "corpus", "rulesengine", "benchmark-workflows", "Discount.json"));

    public static string Buurtselectie => Path.Combine(Repository, "workflows-json", "rules", "buurtselectie.json");

    public static string Generated => Path.Combine(Repository, "benchmarks", "Rules.Benchmarks", "BenchmarkDotNet.Artifacts", "inputs");
}

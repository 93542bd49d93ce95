namespace Participatie.Workflows.Tests.Support;

/// <summary>Finds the repository root (folder with Participatie.sln) and the shared Elsa corpus next to it.</summary>
public static class RepoPaths
{
    public static string? RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Participatie.sln"))) return dir.FullName;
            return null;
        }
    }

    /// <summary><c>&lt;repo root&gt;/../shared/corpus/elsa</c>, or null when absent.</summary>
    public static string? Corpus
    {
        get
        {
            if (RepoRoot is not { } root) return null;
            var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "elsa"));
            return Directory.Exists(path) && File.Exists(Path.Combine(path, "EXPECTED.json")) ? path : null;
        }
    }
}

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>A theory that needs a file from ../shared; skipped with a message where that folder is absent (a user's clone).</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Shared, relativePath);
        if (!File.Exists(path))
        {
            Skip = $"Needs {path}, which is not in this checkout (../shared is only beside the development repository).";
        }
    }
}

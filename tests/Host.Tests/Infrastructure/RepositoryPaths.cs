namespace Participatie.Host.Tests.Infrastructure;

/// <summary>Finds the repository root and the shared folder beside it (absent in a user's clone).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string AmsterdamCsv => Path.Combine(Shared, "data", "cbs", "amsterdam-ses-woa-2019.csv");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Participatie.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Participatie.sln not found above " + AppContext.BaseDirectory);
    }
}

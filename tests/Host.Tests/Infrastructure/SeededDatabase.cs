using Microsoft.Data.Sqlite;

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>
/// The demo database, seeded once per test run and copied into each default test host's data folder, so a host starts
/// on 200 initiatives and 479 buurten without seeding them again. Each host still gets its own copy: a test that changes
/// data changes only its own. The demo data is dated relative to the day it was seeded, so the template is made again
/// when the UTC date changes during a run.
/// </summary>
public static class SeededDatabase
{
    private const string FileName = "participatie.db";
    private static readonly Lock Gate = new();
    private static (DateOnly Day, string Path)? template;

    /// <summary>Copies today's template into <paramref name="dataDirectory"/> (made first if there is none for today).</summary>
    public static void CopyTo(string dataDirectory)
    {
        var source = Template();
        Directory.CreateDirectory(dataDirectory);
        using var from = new SqliteConnection($"Data Source={source};Mode=ReadOnly;Pooling=False");
        using var to = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, FileName)};Pooling=False");
        from.Open();
        to.Open();
        // SQLite's backup API: a consistent copy, whatever the template's journal mode.
        from.BackupDatabase(to);
    }

    private static string Template()
    {
        lock (Gate)
        {
            var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            if (template is { } existing && existing.Day == today)
            {
                return existing.Path;
            }

            using (var seeding = new CustomFactory("Development", dataDirectory: Path.Combine(Path.GetTempPath(), "participatie-tests", "template-" + Guid.NewGuid().ToString("N"))))
            {
                // Starting the host migrates, seeds the demo gemeente and publishes the shipped rule sets and workflows.
                using var _ = seeding.CreateClient();
                var path = Path.Combine(seeding.DataDirectory, FileName);
                var copy = Path.Combine(Path.GetTempPath(), "participatie-tests", $"template-{today:yyyyMMdd}-{Guid.NewGuid():N}.db");
                using (var from = new SqliteConnection($"Data Source={path};Pooling=False"))
                using (var to = new SqliteConnection($"Data Source={copy};Pooling=False"))
                {
                    from.Open();
                    to.Open();
                    from.BackupDatabase(to);
                }

                template = (today, copy);
            }

            return template.Value.Path;
        }
    }
}

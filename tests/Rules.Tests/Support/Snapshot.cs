using System.Runtime.CompilerServices;

namespace Participatie.Rules.Tests.Support;

/// <summary>
/// Compares text with a committed snapshot in tests/Rules.Tests/Snapshots. When it differs (or is new) the
/// actual text is written next to it as NAME.received.txt (git-ignored) and the test fails.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "Snapshots");
        var expectedPath = Path.Combine(directory, name + ".verified.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        var normalized = actual.Replace("\r\n", "\n").TrimEnd() + "\n";
        if (File.Exists(expectedPath) && File.ReadAllText(expectedPath).Replace("\r\n", "\n") == normalized)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }
            return;
        }
        File.WriteAllText(receivedPath, normalized);
        Assert.Fail($"Snapshot '{name}' verschilt of is nieuw; bekijk {receivedPath} en hernoem het naar .verified.txt als het klopt.");
    }
}

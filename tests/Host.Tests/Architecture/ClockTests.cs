using System.Text.RegularExpressions;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Architecture;

/// <summary>
/// One clock everywhere: product code reads the time only from the injected <see cref="TimeProvider"/>,
/// so a test (or a host on a manual clock) decides what "now" is, and nothing depends on today's date.
/// </summary>
public sealed partial class ClockTests
{
    [Fact]
    public void ProductCode_NeverReadsTheSystemClockDirectly()
    {
        var src = Path.Combine(RepositoryPaths.Root, "src");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file);
            if (relative.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || relative.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = CodeOnly(lines[i]);
                if (SystemClock().IsMatch(code))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Read the time from the injected TimeProvider instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Guard_RecognisesEveryFormOfTheSystemClock()
    {
        foreach (var line in new[] { "var t = DateTime.Now;", "x = DateTime.UtcNow.AddDays(1);", "if (d < DateTime.Today)", "DateTimeOffset.Now", "var n = DateTimeOffset.UtcNow;" })
        {
            Assert.Matches(SystemClock(), CodeOnly(line));
        }

        Assert.DoesNotMatch(SystemClock(), CodeOnly("/// <summary>The clock behind <c>DateTime.Now</c></summary>"));
        Assert.DoesNotMatch(SystemClock(), CodeOnly("var s = \"DateTime.Now > start\"; // a rule expression"));
        Assert.DoesNotMatch(SystemClock(), CodeOnly("var now = clock.GetUtcNow();"));
    }

    /// <summary>The line without its comment and string literals: rule expressions may say DateTime.Now (it maps to the rules' TimeProvider).</summary>
    private static string CodeOnly(string line)
    {
        var withoutStrings = StringLiteral().Replace(line, "\"\"");
        var comment = withoutStrings.IndexOf("//", StringComparison.Ordinal);
        return comment >= 0 ? withoutStrings[..comment] : withoutStrings;
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)\b")]
    private static partial Regex SystemClock();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}

using System.Reflection;
using System.Text.RegularExpressions;
using Participatie.Rules.Differential.Tests.Harness;
using RepositoryFiles = Participatie.Rules.Tests.Support.Corpus;

namespace Participatie.Rules.Differential.Tests.Comparer;

/// <summary>
/// The comparer's list of allowed differences, the numbered list in docs/rules.md ("Differences from RulesEngine") and the
/// tests that pin each entry (tests/Rules.Tests/Differences) must agree: a kind the docs do not describe, or an entry
/// without its test, fails.
/// </summary>
public sealed partial class DifferenceListTests
{
    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([RepositoryFiles.RepositoryRoot, .. parts]));

    private static IReadOnlyList<int> DocumentedNumbers()
    {
        var docs = Read("docs", "rules.md");
        var start = docs.IndexOf("## Differences from RulesEngine", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/rules.md has no section 'Differences from RulesEngine'");
        var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = docs[start..(end < 0 ? docs.Length : end)];
        return NumberedEntry().Matches(section).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    [GeneratedRegex(@"^(\d+)\. ", RegexOptions.Multiline)]
    private static partial Regex NumberedEntry();

    [Fact]
    public void DocsList_NumberedWithoutGaps()
    {
        var numbers = DocumentedNumbers();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public void AllowedDifferences_EachDescribedInDocs()
    {
        var documented = DocumentedNumbers().ToHashSet();
        var kinds = typeof(AllowedDifference).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Number: f.GetCustomAttribute<DocumentedAsAttribute>()?.Number))
            .ToList();
        Assert.All(kinds, k => Assert.True(k.Number is { } n && documented.Contains(n), $"{k.Name} names entry {k.Number?.ToString() ?? "(none)"}, which docs/rules.md does not have"));
        Assert.Equal(kinds.Count, kinds.Select(k => k.Number).Distinct().Count());
    }

    [Fact]
    public void DocsEntries_EachPinnedByATest()
    {
        var tests = Read("tests", "Rules.Tests", "Differences", "DifferencesTests.cs");
        Assert.All(DocumentedNumbers(), n => Assert.Contains($"public void Difference{n}_", tests, StringComparison.Ordinal));
    }
}

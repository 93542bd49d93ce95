using System.Text.RegularExpressions;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Architecture;

/// <summary>
/// The Host's map (docs/architecture.md): entities in Domain/, EF in Data/ (which knows only Domain/), one folder per
/// feature under Features/, Hosting/ and Cli/ on top composing them. Read from the source, so a new file that breaks the
/// map fails here with the file and the dependency named.
/// </summary>
public sealed partial class FeatureMapTests
{
    private static readonly string HostSource = Path.Combine(RepositoryPaths.Root, "src", "Host");

    [Fact]
    public void NamespacesFollowFolders()
    {
        var wrong = SourceFiles()
            .Where(f => f.Namespace is not null && f.Namespace != ExpectedNamespace(f.RelativePath)
                && !f.RelativePath.StartsWith("Data/Migrations/", StringComparison.Ordinal))
            .Select(f => $"{f.RelativePath}: namespace {f.Namespace}, folder says {ExpectedNamespace(f.RelativePath)}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void LayerFoldersAreGone()
    {
        foreach (var folder in new[] { "Apis", "WorkflowActivities", "WorkflowHosting", "Options", "Pages" })
        {
            Assert.False(Directory.Exists(Path.Combine(HostSource, folder)), $"src/Host/{folder}/ belongs in a feature folder (Features/<Feature>/).");
        }
    }

    [Fact]
    public void DomainDependsOnNothingInTheHost_AndDataOnlyOnDomain()
    {
        var graph = DependencyGraph();
        Assert.Empty(graph.GetValueOrDefault("Domain", []));
        var data = graph.GetValueOrDefault("Data", []).Where(d => d != "Domain").ToList();
        Assert.True(data.Count == 0, "Data/ may only use Domain/, but uses: " + string.Join(", ", data));
    }

    [Fact]
    public void FeaturesDoNotDependOnTheComposition()
    {
        var graph = DependencyGraph();
        var wrong = graph
            .Where(e => e.Key.StartsWith("Features.", StringComparison.Ordinal))
            .SelectMany(e => e.Value.Where(d => d is "Hosting" or "Cli" or "DemoData").Select(d => $"{e.Key} -> {d}"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void NoDependencyCycles()
    {
        var graph = DependencyGraph();
        var cycles = Cycles(graph);
        Assert.True(cycles.Count == 0, "Dependency cycles between Host folders:\n" + string.Join("\n", cycles.Select(c => string.Join(" -> ", c))));
    }

    [Fact]
    public void Guard_FindsACycleAndAQualifiedReference()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Features.Taken"] = ["Features.Privacy"],
            ["Features.Privacy"] = ["Features.Taken", "Domain"],
        };
        Assert.Single(Cycles(graph));
        Assert.Contains("Features.Chat", References("var x = Participatie.Host.Features.Chat.ChatFeature.CorsPolicy;", "Participatie.Host.Features.Taken"));
        Assert.Contains("Domain", References("var d = Domain.Werkdagen.Tel(a, b);", "Participatie.Host.Features.Werkstromen"));
        Assert.DoesNotContain("Features.Chat", References("// see Participatie.Host.Features.Chat.ChatFeature", "Participatie.Host.Features.Taken"));
    }

    private sealed record SourceFile(string RelativePath, string? Namespace, string Text);

    private static IEnumerable<SourceFile> SourceFiles()
    {
        foreach (var file in Directory.EnumerateFiles(HostSource, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(HostSource, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
                || relative.StartsWith("ClientApp/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var ns = NamespaceDeclaration().Match(text);
            yield return new SourceFile(relative, ns.Success ? ns.Groups[1].Value : null, text);
        }
    }

    private static string ExpectedNamespace(string relativePath)
    {
        var folder = Path.GetDirectoryName(relativePath)?.Replace('/', '.');
        return string.IsNullOrEmpty(folder) ? "Participatie.Host" : "Participatie.Host." + folder;
    }

    /// <summary>The area a namespace belongs to: <c>Features.Chat</c> for every namespace under Features/Chat, else its top folder.</summary>
    private static string Area(string ns)
    {
        var parts = ns.Split('.');
        if (parts.Length < 3)
        {
            return "(root)";
        }

        return parts[2] == "Features" && parts.Length >= 4 ? "Features." + parts[3] : parts[2];
    }

    private static Dictionary<string, HashSet<string>> DependencyGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles().Where(f => f.Namespace is not null))
        {
            var from = Area(file.Namespace!);
            var edges = graph.TryGetValue(from, out var set) ? set : graph[from] = [];
            foreach (var to in References(file.Text, file.Namespace!).Where(a => a != from && a != "(root)"))
            {
                edges.Add(to);
            }
        }

        return graph;
    }

    /// <summary>The areas a file uses: its <c>using</c> directives and the Host namespaces it names in code (comments and strings left out).</summary>
    private static HashSet<string> References(string text, string ownNamespace)
    {
        var areas = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in UsingDirective().Matches(text))
        {
            areas.Add(Area(m.Groups[1].Value));
        }

        var code = string.Join('\n', text.Split('\n').Select(CodeOnly));
        foreach (Match m in QualifiedName().Matches(code))
        {
            areas.Add(Area("Participatie.Host." + m.Groups[1].Value.TrimEnd('.')));
        }

        if (ownNamespace.StartsWith("Participatie.Host.", StringComparison.Ordinal))
        {
            // Inside Participatie.Host.* a folder can be named relative to the root: Domain.Werkdagen, Features.Chat.X.
            foreach (Match m in RelativeName().Matches(code))
            {
                areas.Add(Area("Participatie.Host." + m.Groups[1].Value));
            }
        }

        return areas;
    }

    private static string CodeOnly(string line)
    {
        if (line.TrimStart().StartsWith("using ", StringComparison.Ordinal))
        {
            return "";
        }

        var withoutStrings = StringLiteral().Replace(line, "\"\"");
        var comment = withoutStrings.IndexOf("//", StringComparison.Ordinal);
        return comment >= 0 ? withoutStrings[..comment] : withoutStrings;
    }

    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        // Tarjan's strongly connected components: every component of more than one area is a cycle.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        var counter = 0;

        void Visit(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    result.Add(component);
                }
            }
        }

        foreach (var node in graph.Keys.ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^using\s+(?:static\s+)?(?:\w+\s*=\s*)?(Participatie\.Host\.[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])Participatie\.Host\.((?:Features\.\w+\.)|(?:[A-Z]\w*\.))")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"(?<![\w.])((?:Features\.[A-Z]\w*)|Domain|Data|Hosting|Security|Background|Cli|DemoData)\.[A-Z]")]
    private static partial Regex RelativeName();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}

using System.Text.Json.Nodes;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows.Tooling;

namespace Participatie.Host.Tests.Workflows;

/// <summary>The Elsa corpus cases that need C# expressions, run with the Host's evaluator (the rules compiler).</summary>
public sealed class CSharpCorpusTests
{
    private static string Corpus => Path.Combine(RepositoryPaths.Shared, "corpus", "elsa");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var expected = Path.Combine(Corpus, "EXPECTED.json");
        if (!File.Exists(expected))
        {
            data.Add("(corpus absent)");
            return data;
        }

        foreach (var entry in JsonNode.Parse(File.ReadAllText(expected))!.AsArray())
        {
            var needs = entry!["needs"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
            var expect = entry["expect"];
            var asserted = expect?["lines"] is not null || expect?["outputs"] is not null;
            if (needs.Contains("csharp") && asserted && entry["role"]?.GetValue<string>() == "entry")
            {
                data.Add(entry["file"]!.GetValue<string>());
            }
        }

        return data;
    }

    [SharedDataTheory("corpus/elsa/EXPECTED.json")]
    [MemberData(nameof(Cases))]
    public async Task CSharpCase_RunWithRulesCompiler_MatchesElsa(string file)
    {
        var entry = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "EXPECTED.json")))!.AsArray().First(e => e!["file"]!.GetValue<string>() == file)!;
        var args = new List<string> { "run", Path.Combine(Corpus, "workflows", file) };
        foreach (var dependency in entry["dependsOn"]?.AsArray() ?? [])
        {
            args.Add("--with");
            args.Add(Path.Combine(Corpus, "workflows", dependency!.GetValue<string>()));
        }

        args.AddRange(["--resume-all", "--json"]);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await WorkflowsCli.RunAsync(args, stdout, stderr, b => b.AddExpressionEvaluator(new CSharpExpressionEvaluator(TimeProvider.System)));

        Assert.True(exit == 0, stderr.ToString());
        var report = JsonNode.Parse(stdout.ToString())!;
        if (entry["expect"]!["lines"] is JsonArray lines)
        {
            Assert.Equal(lines.Select(l => l!.GetValue<string>()), report["lines"]!.AsArray().Select(l => l!.GetValue<string>()));
        }

        if (entry["expect"]!["outputs"] is JsonObject outputs)
        {
            foreach (var (name, value) in outputs)
            {
                Assert.Equal(value!.ToJsonString(), report["outputs"]![name]?.ToJsonString());
            }
        }
    }

    [Theory]
    [InlineData("return \"Bar\";", "\"Bar\"")]
    [InlineData("$\"Hallo {Naam}!\"", "\"Hallo \" + String(Naam) + \"!\"")]
    [InlineData("$\"{{letterlijk}} {a}\"", "\"{letterlijk} \" + String(a) + \"\"")]
    [InlineData("Variables.Bedrag > 500", "Variables.Bedrag > 500")]
    public void Normalize_ElsaStatementsAndInterpolation_BecomeExpressions(string source, string expected) =>
        Assert.Equal(expected, CSharpExpressionEvaluator.Normalize(source));
}

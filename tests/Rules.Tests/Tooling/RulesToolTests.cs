using System.Text.Json;
using System.Text.RegularExpressions;
using Participatie.Rules.Tests.Support;
using Participatie.Rules.Tooling;

namespace Participatie.Rules.Tests.Tooling;

public sealed class RulesToolTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rules-tool-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Out, string Err) Execute(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = RulesTool.Execute(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Check_DomainRuleSets_ValidExitZero()
    {
        var (exit, output, errors) = Execute("check", DomainRules.PathOf("buurtselectie.json"), DomainRules.PathOf("ondersteuning.json"), DomainRules.PathOf("routering.json"));
        Assert.True(exit == 0, output + errors);
        Assert.Equal(string.Empty, output);
        Assert.Contains("geldig", errors);
    }

    [Fact]
    public void Check_FileWithSeveralProblems_OneLocatedLinePerProblem()
    {
        var file = Write("fouten.json", """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "a", "Expression": "input1.Bedrag >" },
                { "RuleName": "b", "Expression": "input1.GetType() == null" },
                { "RuleName": "c", "Rules": [ { "RuleName": "c1", "Expression": "true" } ] }
              ]
            }
            """);
        var (exit, output, _) = Execute("check", file);
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("fouten.json(4,") && l.Contains("RE0004") && l.Contains("regel 'a'") && l.Contains("Expression kolom 16"));
        Assert.Contains(lines, l => l.Contains("fouten.json(5,") && l.Contains("RE0102") && l.Contains("regel 'b'") && l.Contains("kolom 1"));
        Assert.Contains(lines, l => l.Contains("RE1105") && l.Contains("regel 'c'") && l.Contains("workflow 'w'"));
    }

    [Fact]
    public void Check_BrokenJson_ReportsLine()
    {
        var file = Write("kapot.json", "{\n  \"WorkflowName\": \"w\",\n  \"Rules\": [ { \"RuleName\": \"a\" \"Expression\": \"true\" } ]\n}");
        var (exit, output, _) = Execute("check", file);
        Assert.Equal(1, exit);
        Assert.Contains("kapot.json(3,", output);
        Assert.Contains("RE1001", output);
    }

    [Fact]
    public void Check_MissingFile_ExitOne()
    {
        var (exit, output, _) = Execute("check", Path.Combine(_directory, "bestaat-niet.json"));
        Assert.Equal(1, exit);
        Assert.Contains("RE1000", output);
    }

    [CorpusFact]
    public void Run_DiscountWithPositionalInputs_PrintsResultArray()
    {
        var demo = JsonDocument.Parse(File.ReadAllText(Support.Corpus.PathOf("inputs/demo.JSONDemo.inputs.json"))).RootElement;
        var inputs = new[] { "input1", "input2", "input3" }.Select(n => Write(n + ".json", demo.GetProperty(n).GetRawText())).ToArray();
        var (exit, output, errors) = Execute("run", Support.Corpus.PathOf("benchmark-workflows/Discount.json"), "--workflow", "Discount",
            "--input", inputs[0], "--input", inputs[1], "--input", inputs[2]);
        Assert.True(exit == 0, errors);
        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(6, results.Count);
        foreach (var result in results)
        {
            Assert.Equal(
                ["ruleName", "isSuccess", "exceptionMessage", "successEvent", "actionOutput", "actionException", "childResults"],
                result.EnumerateObject().Select(p => p.Name));
        }
        var discount25 = results.Single(r => r.GetProperty("ruleName").GetString() == "GiveDiscount25");
        Assert.True(discount25.GetProperty("isSuccess").GetBoolean());
        Assert.Equal("25", discount25.GetProperty("successEvent").GetString());
        Assert.Equal(JsonValueKind.Null, discount25.GetProperty("childResults").ValueKind);
        var nested = results.Single(r => r.GetProperty("ruleName").GetString() == "GiveDiscount35NestedAndExample");
        Assert.Equal(3, nested.GetProperty("childResults").GetArrayLength());
        Assert.Equal("One or more adjust rules failed.", nested.GetProperty("exceptionMessage").GetString());
    }

    [Fact]
    public void Run_NamedInput_ActionOutputWithScore()
    {
        var buurt = Write("buurt.json", """
            {"Code":"BU1","Naam":"Noord","WijkNaam":"W","Inwoners":2400,"Huishoudens":1100,"AandeelHuurwoningen":70,"AandeelCorporatiewoningen":55,
             "GemiddeldInkomen":22.5,"AandeelUitkeringen":19,"LeefbaarheidScore":4.1,"SesScore":-0.9,"AantalActieveInitiatieven":2,"AantalBuurthuizen":1,"HeeftWijkraad":true}
            """);
        var (exit, output, errors) = Execute("run", DomainRules.PathOf("buurtselectie.json"), "--workflow", "buurtselectie", "--input", "buurt=" + buurt);
        Assert.True(exit == 0, errors);
        var results = JsonDocument.Parse(output).RootElement;
        Assert.True(results[0].GetProperty("isSuccess").GetBoolean());
        var score = results[1].GetProperty("actionOutput").GetProperty("Score").GetDouble();
        Assert.InRange(score, 1, 100);
        Assert.Equal("BU1", results[1].GetProperty("actionOutput").GetProperty("Code").GetString());
    }

    [Fact]
    public void Run_SettingsFile_IsExpressionCaseSensitiveApplies()
    {
        var rules = Write("rules.json", """{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"INPUT1.a == 1"}]}""");
        var input = Write("in.json", """{"a":1}""");
        var strict = Write("settings.json", """{"IsExpressionCaseSensitive": true, "NestedRuleExecutionMode": "Performance"}""");
        var lenient = Execute("run", rules, "--workflow", "w", "--input", input);
        Assert.True(JsonDocument.Parse(lenient.Out).RootElement[0].GetProperty("isSuccess").GetBoolean());
        var sensitive = Execute("run", rules, "--workflow", "w", "--input", input, "--settings", strict);
        Assert.Equal(0, sensitive.Exit);
        var result = JsonDocument.Parse(sensitive.Out).RootElement[0];
        Assert.False(result.GetProperty("isSuccess").GetBoolean());
        Assert.StartsWith("Exception while parsing expression", result.GetProperty("exceptionMessage").GetString());
    }

    [Fact]
    public void Run_UnknownSettingOrWorkflow_ExitOneWithMessage()
    {
        var rules = Write("rules.json", """{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"true"}]}""");
        var settings = Write("settings.json", """{"EnableFooBar": true}""");
        var badSetting = Execute("run", rules, "--workflow", "w", "--settings", settings);
        Assert.Equal(1, badSetting.Exit);
        Assert.Contains("EnableFooBar", badSetting.Err);
        var badWorkflow = Execute("run", rules, "--workflow", "x");
        Assert.Equal(1, badWorkflow.Exit);
        Assert.Contains("'x'", badWorkflow.Err);
    }

    [Fact]
    public void Run_InvalidRuleFile_ExitOneAndNothingRuns()
    {
        var rules = Write("rules.json", """{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"1 +"}]}""");
        var (exit, output, errors) = Execute("run", rules, "--workflow", "w");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("RE0004", errors);
    }

    [CorpusFact]
    public void Bench_DiscountJsonLines_PrintsSummaryLine()
    {
        var demo = JsonDocument.Parse(File.ReadAllText(Support.Corpus.PathOf("inputs/demo.JSONDemo.inputs.json"))).RootElement;
        var line = "[" + string.Join(",", new[] { "input1", "input2", "input3" }.Select(n => demo.GetProperty(n).GetRawText())) + "]";
        var inputs = Write("inputs.jsonl", string.Join("\n", Enumerable.Repeat(line, 7)) + "\n");
        var (exit, output, errors) = Execute("bench", Support.Corpus.PathOf("benchmark-workflows/Discount.json"), "--workflow", "Discount", "--inputs", inputs, "--repeat", "3");
        Assert.True(exit == 0, errors);
        var match = Regex.Match(output.Trim(), @"^evaluations=(\d+) rules_per_eval=(\d+) total_ms=([0-9.]+) ns_per_rule_eval=([0-9.]+)$");
        Assert.True(match.Success, output);
        Assert.Equal("21", match.Groups[1].Value);
        Assert.Equal("6", match.Groups[2].Value);
    }

    [Fact]
    public void Bench_SingleObjectLines_AreInput1()
    {
        var rules = Write("rules.json", """{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1.a > 1"},{"RuleName":"s","Expression":"input1.a < 5"}]}""");
        var inputs = Write("inputs.jsonl", "{\"a\":1}\n\n{\"a\":3}\n");
        var (exit, output, _) = Execute("bench", rules, "--workflow", "w", "--inputs", inputs, "--repeat", "2");
        Assert.Equal(0, exit);
        Assert.StartsWith("evaluations=4 rules_per_eval=2 ", output);
    }

    [Fact]
    public void Bench_NamedInputFile_InputKeepsItsName()
    {
        var buurt = "{\"Code\":\"BU1\",\"Naam\":\"B\",\"WijkNaam\":\"W\",\"Inwoners\":900,\"Huishoudens\":450,\"AandeelHuurwoningen\":40.0,\"AandeelCorporatiewoningen\":35.5,"
            + "\"GemiddeldInkomen\":22.5,\"AandeelUitkeringen\":12.5,\"LeefbaarheidScore\":4.5,\"SesScore\":-0.5,\"AantalActieveInitiatieven\":1,\"AantalBuurthuizen\":1,\"HeeftWijkraad\":true}";
        var inputs = Write("buurten.jsonl", buurt + "\n" + buurt + "\n");
        var (exit, output, errors) = Execute("bench", DomainRules.PathOf("buurtselectie.json"), "--workflow", "buurtselectie", "--input", $"buurt={inputs}", "--repeat", "2");
        Assert.True(exit == 0, errors);
        Assert.StartsWith("evaluations=4 rules_per_eval=2 ", output);
        Assert.DoesNotContain("waarschuwing", errors);
    }

    [Fact]
    public void Bench_InputsNamedOtherThanTheRulesUse_Warns()
    {
        var inputs = Write("buurten.jsonl", "{\"Huishoudens\":450}\n");
        var (exit, _, errors) = Execute("bench", DomainRules.PathOf("buurtselectie.json"), "--workflow", "buurtselectie", "--inputs", inputs, "--repeat", "1");
        Assert.Equal(0, exit);
        Assert.Contains("waarschuwing: alle regels falen al bij het compileren", errors);
        Assert.Contains("--input NAAM=FILE.jsonl", errors);
    }

    [Fact]
    public void Bench_NamedInputFilesOfDifferentLength_Refused()
    {
        var a = Write("a.jsonl", "1\n2\n");
        var b = Write("b.jsonl", "1\n");
        var rules = Write("rules.json", """{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"a > b"}]}""");
        var (exit, _, errors) = Execute("bench", rules, "--workflow", "w", "--input", $"a={a}", "--input", $"b={b}", "--repeat", "1");
        Assert.Equal(1, exit);
        Assert.Contains("niet allemaal evenveel regels", errors);
    }

    [Fact]
    public void Execute_LeadingRulesWord_Accepted()
    {
        var (exit, _, errors) = Execute("rules", "check", DomainRules.PathOf("routering.json"));
        Assert.Equal(0, exit);
        Assert.Contains("geldig", errors);
    }

    [Theory]
    [InlineData()]
    [InlineData("frobnicate")]
    [InlineData("run", "only-a-file.json")]
    [InlineData("bench", "f.json", "--workflow", "w")]
    [InlineData("bench", "f.json", "--workflow", "w", "--input", "zonder-naam.jsonl")]
    [InlineData("bench", "f.json", "--workflow", "w", "--inputs", "a.jsonl", "--input", "b=b.jsonl")]
    [InlineData("check")]
    public void Execute_WrongUsage_ExitTwoWithUsage(params string[] args)
    {
        var (exit, _, errors) = Execute(args);
        Assert.Equal(2, exit);
        Assert.NotEmpty(errors);
    }
}

using System.Text.Json;
using Participatie.Rules.Differential.Tests.Harness;
using CorpusFiles = Participatie.Rules.Tests.Support.Corpus;

namespace Participatie.Rules.Differential.Tests.Corpus;

/// <summary>
/// Every case of ../shared/corpus/rulesengine/EXPECTED.md as a scenario for both engines: the same
/// files, workflows, inputs and settings the upstream tests use (C#-built inputs rewritten with the
/// types in <see cref="CorpusTypes"/>). Built lazily, so listing the names needs no corpus.
/// </summary>
public static class CorpusScenarios
{
    private static string Read(string relative) => System.IO.File.ReadAllText(CorpusFiles.PathOf(relative));

    private static string InputJson(string relative, string property)
    {
        using var document = JsonDocument.Parse(Read(relative));
        return document.RootElement.GetProperty(property).GetRawText();
    }

    private static string WholeJson(string relative) => Read(relative);

    private static DifferentialInput[] Inputs123() =>
    [
        DifferentialInput.Json("input1", WholeJson("inputs/basicInfo.GetInput1.json")),
        DifferentialInput.Json("input2", WholeJson("inputs/orderInfo.GetInput2.json")),
        DifferentialInput.Json("input3", WholeJson("inputs/telemetryInfo.GetInput3.json")),
    ];

    private const string InputWorkflowReference = """{"WorkflowName":"inputWorkflowReference","WorkflowsToInject":["inputWorkflow"]}""";

    private static Scenario FromFile(string name, string file, string workflow, params DifferentialInput[] inputs) => new()
    {
        Name = name,
        WorkflowsJson = Read(file),
        WorkflowName = workflow,
        Inputs = inputs,
    };


    private static readonly Dictionary<string, Func<Scenario>> All = Build();

    public static IEnumerable<string> Names => All.Keys;

    public static Scenario Get(string name) => All[name]();

    private static Dictionary<string, Func<Scenario>> Build()
    {
        var cases = new Dictionary<string, Func<Scenario>>(StringComparer.Ordinal);
        void Add(string name, Func<Scenario> create) => cases.Add(name, () => create() with { Name = name });

        // ---------------------------------------------------------------- testdata/rules1..11
        Add("rules1 inputs123", () => FromFile("", "testdata/rules1.json", "inputWorkflow", Inputs123()) with { ExtraWorkflowsJson = [InputWorkflowReference] });
        Add("rules1 injected reference", () => FromFile("", "testdata/rules1.json", "inputWorkflowReference", Inputs123()) with { ExtraWorkflowsJson = [InputWorkflowReference] });
        Add("rules1 input3 with extra property", () => FromFile("", "testdata/rules1.json", "inputWorkflow",
            Inputs123()[0], Inputs123()[1], DifferentialInput.Json("input3", """{"noOfVisitsPerMonth":10,"percentageOfBuyingToVisit":15,"hello":"world"}""")));
        Add("rules1 unknown workflow", () => FromFile("", "testdata/rules1.json", "inputWorkflow1", Inputs123()));
        Add("rules6 with inputs123", () => FromFile("", "testdata/rules6.json", "inputWorkflow", Inputs123()));
        Add("rules2 inputs123", () => FromFile("", "testdata/rules2.json", "inputWorkflow", Inputs123()) with { Runs = 2 });
        Add("rules2 injected reference", () => FromFile("", "testdata/rules2.json", "inputWorkflowReference", Inputs123()) with { ExtraWorkflowsJson = [InputWorkflowReference] });
        Add("rules2 eighteen inputs", () => FromFile("", "testdata/rules2.json", "inputWorkflow",
            Enumerable.Range(0, 6).SelectMany(_ => Inputs123()).Select((input, i) => Rename(input, $"input{i + 1}")).ToArray()));
        Add("rules2 only input1", () => FromFile("", "testdata/rules2.json", "inputWorkflow", Inputs123()[0]));
        Add("rules2 customName input2 input3", () => FromFile("", "testdata/rules2.json", "inputWorkflow",
            Rename(Inputs123()[0], "customName"), Inputs123()[1], Inputs123()[2]));
        Add("rules3 unknown member", () => FromFile("", "testdata/rules3.json", "inputWorkflow", Inputs123()));
        foreach (var fast in new[] { false, true })
        {
            Add($"rules4 nested params{(fast ? " (fast compiler)" : "")}", () => FromFile("", "testdata/rules4.json", "inputWorkflow", Rules4Inputs()) with
            { Options = EngineOptions.Default with { UseFastExpressionCompiler = fast } });
        }
        foreach (var value in new[] { "hello", null })
        {
            Add($"rules5 injected utils, Property1={value ?? "null"}", () => FromFile("", "testdata/rules5.json", "inputWorkflow",
                DifferentialInput.Dictionary("input1", () => [new("Property1", value)]),
                DifferentialInput.Typed("utils", () => new TestInstanceUtils())) with
            { Options = EngineOptions.Default with { CustomTypes = [typeof(TestInstanceUtils)] } });
        }
        Add("rules6 method expression", () => FromFile("", "testdata/rules6.json", "inputWorkflow",
            DifferentialInput.Dictionary("input1", () => [new("Property1", "hello"), new("Boolean", false), new("Method", (Func<bool>)(() => true))])) with
        { Options = EngineOptions.Default with { CustomTypes = [typeof(Func<bool>)] } });
        Add("rules7 unary", () => FromFile("", "testdata/rules7.json", "inputWorkflow", DifferentialInput.Dictionary("input1", () => [new("Boolean", false)])));
        Add("rules8 member access", () => FromFile("", "testdata/rules8.json", "inputWorkflow", DifferentialInput.Dictionary("input1", () => [new("Boolean", false)])));
        foreach (var (label, options) in new[]
        {
            ("exceptions as messages", EngineOptions.Default),
            ("exceptions thrown", EngineOptions.Default with { EnableExceptionAsErrorMessage = false }),
            ("exceptions ignored", EngineOptions.Default with { IgnoreException = true }),
        })
        {
            Add($"rules9 missing method, {label}", () => FromFile("", "testdata/rules9.json", "inputWorkflow",
                DifferentialInput.Dictionary("input1", () => [new("Data", new TestPropertyHolder()), new("Boolean", false)])) with { Options = options });
        }
        Add("rules10 JsonElement", () => FromFile("", "testdata/rules10.json", "inputWorkflow",
            DifferentialInput.Typed("input1", () => new JsonDataHolder { Data = JsonSerializer.SerializeToElement(new { category = "abc" }) })) with
        { Options = EngineOptions.Default with { CustomTypes = [typeof(JsonElement)] } });
        Add("rules11 global param threshold", () => FromFile("", "testdata/rules11.json", "MyWorkflow",
            DifferentialInput.Typed("input1", () => JsonSerializer.Deserialize<List<Rules11Row>>(WholeJson("inputs/rules11.input1.json")), "rules11.input1.json")));

        // ---------------------------------------------------------------- benchmark workflows
        Add("Discount demo inputs", () => FromFile("", "benchmark-workflows/Discount.json", "Discount",
            DifferentialInput.Json("input1", InputJson("inputs/demo.JSONDemo.inputs.json", "input1")),
            DifferentialInput.Json("input2", InputJson("inputs/demo.JSONDemo.inputs.json", "input2")),
            DifferentialInput.Json("input3", InputJson("inputs/demo.JSONDemo.inputs.json", "input3"))));
        foreach (var workflow in new[] { "NestedInputDemoWorkflow1", "NestedInputDemoWorkflow2", "NestedInputDemoWorkflow3" })
        {
            Add($"NestedInputDemo {workflow} typed", () => FromFile("", "benchmark-workflows/NestedInputDemo.json", workflow,
                DifferentialInput.Typed("input1", () => JsonSerializer.Deserialize<NestedInput>(InputJson("inputs/nestedInput.json", "input1")), "nestedInput.json")));
            Add($"NestedInputDemo {workflow} json", () => FromFile("", "benchmark-workflows/NestedInputDemo.json", workflow,
                DifferentialInput.Json("input1", InputJson("inputs/nestedInput.json", "input1"))));
        }

        // ---------------------------------------------------------------- inline/ScopedParamsTest
        foreach (var workflow in new[] { "NoLocalAndGlobalParams", "LocalParamsOnly", "GlobalParamsOnly", "GlobalAndLocalParams", "GlobalParamReferencedInLocalParams",
                     "GlobalParamReferencedInNextGlobalParams", "LocalParamReferencedInNextLocalParams", "GlobalParamAndLocalParamsInNestedRules" })
        {
            Add($"ScopedParams {workflow}", () => FromFile("", "inline/ScopedParamsTest.json", workflow, DifferentialInput.Typed("input1", () => new TrueFalseInput())));
        }
        foreach (var workflow in new[] { "GlobalParamsOnly", "LocalParamsOnly", "GlobalAndLocalParams" })
        {
            Add($"ScopedParams {workflow} disabled", () => FromFile("", "inline/ScopedParamsTest.json", workflow, DifferentialInput.Typed("input1", () => new TrueFalseInput())) with
            { Options = EngineOptions.Default with { EnableScopedParams = false } });
        }
        foreach (var workflow in new[] { "GlobalParamsOnly", "LocalParamsOnly2", "GlobalParamsOnlyWithComplexInput" })
        {
            Add($"ScopedParams {workflow} empty input", () => FromFile("", "inline/ScopedParamsTest.json", workflow, DifferentialInput.Typed("input1", () => new EmptyInput())));
        }
        foreach (var workflow in new[] { "GlobalParamsOnlyWithComplexInput", "LocalParamsOnlyWithComplexInput" })
        {
            Add($"ScopedParams {workflow} null country", () => FromFile("", "inline/ScopedParamsTest.json", workflow, DifferentialInput.Typed("input1", () => new RuleTestClass())));
        }
        foreach (var count in new[] { 2, 3 })
        {
            Add($"ScopedParams LocalParam_CorrectAnswer count {count}", () => FromFile("", "inline/ScopedParamsTest.json", "LocalParam_CorrectAnswer",
                DifferentialInput.Typed("myObj", () => new MyObject { Name = "x", Count = count })));
        }

        // ---------------------------------------------------------------- inline/NestedRulesTest, RulesEnabledTests, CaseSensitiveTests
        foreach (var performance in new[] { false, true })
        {
            Add($"NestedRules {(performance ? "performance" : "all")}", () => FromFile("", "inline/NestedRulesTest.json", "NestedRulesTest",
                DifferentialInput.Dictionary("input1", () => [new("trueValue", true)])) with { Options = EngineOptions.Default with { PerformanceMode = performance } });
        }
        Add("NestedRulesActions", () => FromFile("", "inline/NestedRulesTest.json", "NestedRulesActionsTest", DifferentialInput.Dictionary("input1", () => [new("trueValue", true)])));
        foreach (var workflow in new[] { "RuleEnabledFeatureTest", "RuleEnabledNestedFeatureTest" })
        {
            Add($"RulesEnabled {workflow}", () => FromFile("", "inline/RulesEnabledTests.json", workflow, DifferentialInput.Typed("input1", () => new TrueValueInput())) with
            { Options = EngineOptions.Default with { EnableExceptionAsErrorMessage = false } });
        }
        foreach (var caseSensitive in new[] { false, true })
        {
            Add($"CaseSensitive {caseSensitive}", () => FromFile("", "inline/CaseSensitiveTests.json", "CaseSensitivityTest", DifferentialInput.Typed("input1", "hello")) with
            { Options = EngineOptions.Default with { IsExpressionCaseSensitive = caseSensitive } });
        }

        // ---------------------------------------------------------------- inline/RulesEngineWithActionsTests
        foreach (var (workflow, rule) in new[]
        {
            ("ActionWorkflow", "ExpressionOutputRuleTest"), ("ActionWorkflow", "ComplexOutputRuleTest"), ("ActionWorkflow", "EvaluateRuleTest"),
            ("ActionWorkflow", "NoSuchRule"), ("NoSuchWorkflow", "ExpressionOutputRuleTest"), ("NoActionWorkflow", "NoActionTest"),
            ("WorkflowWithGlobalsAndSelfRefActions", "RuleReferencingSameWorkflow"), ("WorkflowWithGlobalsAndSelfRefActions", "RuleReferencingSameWorkflowWithInputFilter"),
        })
        {
            Add($"Actions {workflow}/{rule}", () => FromFile("", "inline/RulesEngineWithActionsTests.json", workflow) with { ActionRule = rule });
        }
        Add("Actions ActionWorkflow all rules", () => FromFile("", "inline/RulesEngineWithActionsTests.json", "ActionWorkflow"));

        // ---------------------------------------------------------------- inline/BusinessRuleEngineTest
        foreach (var (label, options) in new[]
        {
            ("default", EngineOptions.Default),
            ("exceptions thrown", EngineOptions.Default with { EnableExceptionAsErrorMessage = false }),
            ("exceptions ignored", EngineOptions.Default with { IgnoreException = true }),
        })
        {
            Add($"TestWorkflow null country, {label}", () => FromFile("", "inline/BusinessRuleEngineTest.inline.json", "TestWorkflow", DifferentialInput.Typed("input1", () => new RuleTestClass())) with { Options = options });
        }
        Add("TestWorkflow india", () => FromFile("", "inline/BusinessRuleEngineTest.inline.json", "TestWorkflow", DifferentialInput.Typed("input1", () => new RuleTestClass { Country = "india" })));
        Add("Test local param hello", () => FromFile("", "inline/BusinessRuleEngineTest.inline.json", "Test", DifferentialInput.Typed("input1", "hello")));
        Add("TestNullInput null", () => FromFile("", "inline/BusinessRuleEngineTest.inline.json", "TestNullInput", DifferentialInput.Typed("input1", (object?)null)));
        Add("TestNullInput nested wow", () => FromFile("", "inline/BusinessRuleEngineTest.inline.json", "TestNullInput", DifferentialInput.Json("input1", """{"hello":{"world":"wow"}}""")));
        Add("Example workflowStr", () => FromFile("", "inline/BusinessRuleEngineTest.Example-workflowStr.json", "Exámple", DifferentialInput.Json("input1", """{"hello":{"world":"wow"}}""")));

        // ---------------------------------------------------------------- inline/TypedClassTests
        Add("TypedClass no registration", () => TypedClass(EngineOptions.Default with { AutoRegisterInputType = false }, "transazione", 2));
        Add("TypedClass parameter named like type", () => TypedClass(EngineOptions.Default with { CustomTypes = [typeof(Transazione)] }, "Transazione", 2));
        Add("TypedClass case sensitive static property", () => TypedClass(EngineOptions.Default with { CustomTypes = [typeof(Transazione)], IsExpressionCaseSensitive = true }, "transazione", 3));

        // ---------------------------------------------------------------- inline/Issue*
        Add("Issue519 all rules", () => FromFile("", "inline/Issue519Test.json", "wf", DifferentialInput.Typed("input1", "actual-value")));
        Add("Issue519 action workflow", () => FromFile("", "inline/Issue519Test.json", "wf", DifferentialInput.Typed("input1", "actual-value")) with { ActionRule = "R" });
        Add("Issue590 getter throws once", () => FromFile("", "inline/Issue590Test.json", "wf", DifferentialInput.Typed("input1", () => new FlakyInput(), "FlakyInput")) with { Runs = 2 });
        Add("Issue624 wf-bad default", () => FromFile("", "inline/Issue624Test.json", "wf-bad", DifferentialInput.Typed("input1", "hello")));
        Add("Issue624 wf-bad thrown", () => FromFile("", "inline/Issue624Test.json", "wf-bad", DifferentialInput.Typed("input1", "hello")) with
        { Options = EngineOptions.Default with { EnableExceptionAsErrorMessage = false } });
        Add("Issue624 wf-bad action thrown", () => FromFile("", "inline/Issue624Test.json", "wf-bad", DifferentialInput.Typed("input1", "hello")) with
        { ActionRule = "BadRule", Options = EngineOptions.Default with { EnableExceptionAsErrorMessage = false } });
        Add("Issue624 wf-div thrown", () => FromFile("", "inline/Issue624Test.json", "wf-div", DifferentialInput.Typed("input1", 0)) with
        { Options = EngineOptions.Default with { EnableExceptionAsErrorMessage = false } });
        Add("Issue624 wf-div default", () => FromFile("", "inline/Issue624Test.json", "wf-div", DifferentialInput.Typed("input1", 0)));
        Add("Issue668 JsonElement values", () => FromFile("", "inline/Issue668Test.json", "Discount",
            DifferentialInput.Dictionary("input1", () => JsonValues("""{"country":"india","loyaltyFactor":2}"""))));
        foreach (var workflow in new[] { "wf-csharp-anon", "wf-dlinq-anon" })
        {
            Add($"Issue711 {workflow}", () => FromFile("", "inline/Issue711Test.json", workflow, DifferentialInput.Typed("input1", "CA")) with { ActionRule = "R" });
        }
        Add("Issue714 global param once", () => FromFile("", "inline/Issue714Test.json", "wf", DifferentialInput.Typed("input1", "hello")) with
        { Options = EngineOptions.Default with { CustomTypes = [typeof(Issue714Counter)] } });
        foreach (var workflow in new[] { "wf-typed", "wf-object" })
        {
            Add($"Issue717 {workflow}", () => FromFile("", "inline/Issue717Test.json", workflow, DifferentialInput.Typed("myObj", () => new SimpleInput { Value = 10 })) with
            { Options = EngineOptions.Default with { CustomTypes = [typeof(SimpleInput), typeof(ReturnTypeForIssue717), typeof(FunctionsForIssue717)] } });
        }
        foreach (var workflow in new[] { "wf-dup-global", "wf-dup-local" })
        {
            Add($"DuplicateParamName {workflow}", () => FromFile("", "inline/DuplicateParamNameValidationTest.json", workflow) with { Register = [workflow] });
        }
        Add("DuplicateParamName wf-collide", () => FromFile("", "inline/DuplicateParamNameValidationTest.json", "wf-collide", DifferentialInput.Typed("foo", 42)) with { Register = ["wf-collide"] });
        Add("DuplicateParamName wf-distinct", () => FromFile("", "inline/DuplicateParamNameValidationTest.json", "wf-distinct", DifferentialInput.Typed("fromInput", 42)) with { Register = ["wf-distinct"] });
        foreach (var (value, parallel) in new[] { (32, false), (32, true), (100, true) })
        {
            Add($"ParallelRuleCompilation input {value}{(parallel ? " parallel" : "")}", () => FromFile("", "inline/ParallelRuleCompilationTest.json", "wf", DifferentialInput.Typed("input1", value)) with
            { Options = EngineOptions.Default with { EnableParallelRuleCompilation = parallel } });
        }
        foreach (var workflow in new[] { "NestedRulesTest-nullExpression", "NestedRulesTest-missingOperator" })
        {
            Add($"RuleValidation {workflow}", () => FromFile("", "inline/RuleValidationTest.invalid.json", workflow) with { Register = [workflow] });
        }
        foreach (var workflow in new[] { "EmptyRulesTest", "EmptyNestedRulesActionsTest" })
        {
            Add($"EmptyRules {workflow}", () => FromFile("", "inline/EmptyRulesTest.invalid.json", workflow) with { Register = [workflow] });
        }
        return cases;
    }

    private static DifferentialInput Rename(DifferentialInput input, string name) =>
        DifferentialInput.From(name, input);

    private static IEnumerable<KeyValuePair<string, object?>> JsonValues(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())).ToList();
    }

    private static Scenario TypedClass(EngineOptions options, string parameterName, int ruleCount)
    {
        var workflows = UpstreamRunner.ParseWorkflows(Read("inline/TypedClassTests.json"));
        using var document = JsonDocument.Parse(Read("inline/TypedClassTests.json"));
        var root = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement[0] : document.RootElement;
        var rules = root.GetProperty("Rules").EnumerateArray().Take(ruleCount).Select(r => r.GetRawText());
        var json = $$"""{"WorkflowName":"{{workflows[0].WorkflowName}}","Rules":[{{string.Join(",", rules)}}]}""";
        return new Scenario
        {
            Name = "",
            WorkflowsJson = json,
            WorkflowName = "Conferimento",
            Inputs = [DifferentialInput.Typed(parameterName, () => new Transazione { Attori = [new Attore { RuoloAttore = RuoloAttore.B }, new Attore { RuoloAttore = RuoloAttore.C }] })],
            Options = options,
        };
    }

    /// <summary>GetInputs4: input1 a typed list, input2..input5 Newtonsoft ExpandoObjects.</summary>
    private static DifferentialInput[] Rules4Inputs()
    {
        var input1 = InputJson("inputs/rules4.GetInputs4.json", "input1");
        return
        [
            DifferentialInput.Typed("input1", () => JsonSerializer.Deserialize<List<Rules4Country>>(input1, new JsonSerializerOptions { PropertyNameCaseInsensitive = true }), input1),
            DifferentialInput.Json("input2", InputJson("inputs/rules4.GetInputs4.json", "input2")),
            DifferentialInput.Json("input3", InputJson("inputs/rules4.GetInputs4.json", "input3")),
            DifferentialInput.Json("input4", InputJson("inputs/rules4.GetInputs4.json", "input4")),
            DifferentialInput.Json("input5", InputJson("inputs/rules4.GetInputs4.json", "input5")),
        ];
    }
}

using Participatie.Rules.Compilation;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Loading;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compatibility;

/// <summary>The remaining inline/*.json transcriptions and the C#-only parser cases, rewritten with equivalent types.</summary>
public sealed class InlineIssueTests
{
    public sealed class RuleTestClass
    {
        public string? Country { get; set; }
    }

    [CorpusFact]
    public void TestWorkflow_NullCountry_ErrorWhileExecutingRule()
    {
        var engine = Support.Corpus.Engine("inline/BusinessRuleEngineTest.inline.json");
        var result = engine.ExecuteAllRules("TestWorkflow", new RuleTestClass())[0];
        Assert.False(result.IsSuccess);
        Assert.StartsWith("Error while executing rule :", result.ExceptionMessage);
    }

    [CorpusFact]
    public void TestWorkflow_NullCountryStrict_ThrowsRuleException()
    {
        var engine = Support.Corpus.Engine("inline/BusinessRuleEngineTest.inline.json", new RuleSettings { EnableExceptionAsErrorMessage = false });
        Assert.Throws<RuleException>(() => engine.ExecuteAllRules("TestWorkflow", new RuleTestClass()));
    }

    [CorpusFact]
    public void TestWorkflow_IgnoreException_FalseWithEmptyMessageThenTrueForIndia()
    {
        var engine = Support.Corpus.Engine("inline/BusinessRuleEngineTest.inline.json", new RuleSettings { IgnoreException = true });
        var failed = engine.ExecuteAllRules("TestWorkflow", new RuleTestClass())[0];
        Assert.False(failed.IsSuccess);
        Assert.Equal(string.Empty, failed.ExceptionMessage);
        var passed = engine.ExecuteAllRules("TestWorkflow", new RuleTestClass { Country = "india" })[0];
        Assert.True(passed.IsSuccess);
        Assert.Equal(string.Empty, passed.ExceptionMessage);
    }

    [CorpusFact]
    public void TestLocalParam_ReAddedWithFalse_ResultFollowsNewDefinition()
    {
        var engine = Support.Corpus.Engine("inline/BusinessRuleEngineTest.inline.json");
        Assert.True(engine.ExecuteAllRules("Test", "hello")[0].IsSuccess);
        var workflow = RuleSetLoader.LoadFile(Support.Corpus.PathOf("inline/BusinessRuleEngineTest.inline.json")).Workflows.Single(w => w.WorkflowName == "Test");
        var rule = workflow.Rules[0];
        var changed = workflow with { Rules = [rule with { LocalParams = [rule.LocalParams![0] with { Expression = "false" }] }] };
        engine.ClearWorkflows();
        Assert.True(engine.AddWorkflow(changed).Succeeded);
        Assert.False(engine.ExecuteAllRules("Test", "hello")[0].IsSuccess);
    }

    [CorpusFact]
    public void TestNullInput_NullOrNestedWow_True()
    {
        var engine = Support.Corpus.Engine("inline/BusinessRuleEngineTest.inline.json");
        Assert.True(engine.ExecuteAllRules("TestNullInput", new RuleParameter("input1", null))[0].IsSuccess);
        Assert.True(engine.ExecuteAllRules("TestNullInput", new object?[] { null })[0].IsSuccess);
        var nested = DataValues.FromJson("""{"hello":{"world":"wow"}}""");
        Assert.True(engine.ExecuteAllRules("TestNullInput", nested)[0].IsSuccess);
    }

    [CorpusFact]
    public void ContainsWorkflow_KnownAndUnknownNames()
    {
        var engine = Support.Corpus.Engine("inline/BusinessRuleEngineTest.inline.json");
        Assert.True(engine.ContainsWorkflow("ExistedWorkflowName"));
        Assert.False(engine.ContainsWorkflow("NotExistedWorkflowName"));
    }

    [CorpusFact]
    public void ExampleWorkflowString_NullFieldsAndAccentedName_AllTrue()
    {
        var engine = new RuleEngine();
        var registration = engine.AddOrUpdateFromJson(File.ReadAllText(Support.Corpus.PathOf("inline/BusinessRuleEngineTest.Example-workflowStr.json")));
        Assert.True(registration.Succeeded, string.Join("\n", registration.Diagnostics));
        var results = engine.ExecuteAllRules("Exámple", DataValues.FromJson("""{"hello":{"world":"wow"}}"""));
        Assert.All(results, r => Assert.True(r.IsSuccess, r.ExceptionMessage));
    }

    public enum RuoloAttore
    {
        A,
        B,
        C,
    }

    public sealed class Attore
    {
        public RuoloAttore RuoloAttore { get; set; }
    }

    public sealed class Transazione
    {
        public static string StaticProperty => "Hello";

        public List<Attore> Attori { get; set; } = [];
    }

    private static Transazione Sample() => new() { Attori = [new Attore { RuoloAttore = RuoloAttore.B }, new Attore { RuoloAttore = RuoloAttore.C }] };

    private static RuleEngine TypedEngine(RuleSettings settings, int ruleCount)
    {
        var workflow = RuleSetLoader.LoadFile(Support.Corpus.PathOf("inline/TypedClassTests.json")).Workflows[0];
        var engine = new RuleEngine(settings);
        Assert.True(engine.AddWorkflow(workflow with { Rules = workflow.Rules.Take(ruleCount).ToList() }).Succeeded);
        return engine;
    }

    [CorpusFact]
    public void TypedClass_NoRegistration_EnumComparedWithIntTrue()
    {
        var engine = TypedEngine(new RuleSettings { AutoRegisterInputType = false, CustomTypes = [] }, 2);
        Assert.All(engine.ExecuteAllRules("Conferimento", new RuleParameter("transazione", Sample())), r => Assert.True(r.IsSuccess, r.ExceptionMessage));
    }

    [CorpusFact]
    public void TypedClass_ParameterNamedLikeType_ParameterWins()
    {
        var engine = TypedEngine(new RuleSettings { CustomTypes = [typeof(Transazione)] }, 2);
        Assert.All(engine.ExecuteAllRules("Conferimento", new RuleParameter("Transazione", Sample())), r => Assert.True(r.IsSuccess, r.ExceptionMessage));
    }

    [CorpusFact]
    public void TypedClass_CaseSensitiveWithStaticProperty_AllThreeTrue()
    {
        var engine = TypedEngine(new RuleSettings { CustomTypes = [typeof(Transazione)], IsExpressionCaseSensitive = true }, 3);
        var results = engine.ExecuteAllRules("Conferimento", new RuleParameter("transazione", Sample()));
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.ExceptionMessage));
    }

    [CorpusFact]
    public void Issue519_StringInput_MessageContainsSerializedValue()
    {
        var engine = Support.Corpus.Engine("inline/Issue519Test.json");
        var all = engine.ExecuteAllRules("wf", "actual-value")[0];
        Assert.False(all.IsSuccess);
        Assert.Contains("\"actual-value\"", all.ExceptionMessage);
        var single = engine.ExecuteActionWorkflow("wf", "R", new RuleParameter("input1", "actual-value")).Results.Single();
        Assert.Contains("actual-value", single.ExceptionMessage);
    }

    public sealed class FlakyInput
    {
        private int _calls;

        public string SimpleProp => _calls++ == 0 ? throw new InvalidOperationException("first call fails") : "simpleProp";
    }

    [CorpusFact]
    public void Issue590_GetterThrowsOnce_FirstRunFailsSecondSucceeds()
    {
        var engine = Support.Corpus.Engine("inline/Issue590Test.json");
        var input = new FlakyInput();
        var first = engine.ExecuteAllRules("wf", input)[0];
        Assert.False(first.IsSuccess);
        Assert.NotEmpty(first.ExceptionMessage);
        var second = engine.ExecuteAllRules("wf", input)[0];
        Assert.True(second.IsSuccess);
        Assert.Empty(second.ExceptionMessage);
    }

    // Issue609 (not transcribed upstream: five rules input1 >= 0), rewritten in C#.
    [Fact]
    public void Issue609_CancellationToken_NoneRunsCancelledThrows()
    {
        var engine = new RuleEngine();
        var workflow = new Model.Workflow
        {
            WorkflowName = "wf",
            Rules = Enumerable.Range(0, 5).Select(i => new Model.Rule { RuleName = "R" + i, Expression = "input1 >= 0" }).ToList(),
        };
        Assert.True(engine.AddWorkflow(workflow).Succeeded);
        var results = engine.ExecuteAllRules("wf", [new RuleParameter("input1", 1)], CancellationToken.None);
        Assert.Equal(5, results.Count(r => r.IsSuccess));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => engine.ExecuteAllRules("wf", [new RuleParameter("input1", 1)], cancelled.Token));
    }

    [CorpusFact]
    public void Issue624_BadMemberOnString_StrictThrowsLenientFalse()
    {
        var strict = Support.Corpus.Engine("inline/Issue624Test.json", new RuleSettings { EnableExceptionAsErrorMessage = false });
        Assert.Throws<RuleException>(() => strict.ExecuteAllRules("wf-bad", "hello"));
        Assert.Throws<RuleException>(() => strict.ExecuteActionWorkflow("wf-bad", "BadRule", new RuleParameter("input1", "hello")));
        Assert.Throws<RuleException>(() => strict.ExecuteAllRules("wf-div", 0));
        var lenient = Support.Corpus.Engine("inline/Issue624Test.json").ExecuteAllRules("wf-bad", "hello")[0];
        Assert.False(lenient.IsSuccess);
        Assert.NotEmpty(lenient.ExceptionMessage);
    }

    [CorpusFact]
    public void Issue668_DictionaryOfJsonElements_Unwrapped()
    {
        var engine = Support.Corpus.Engine("inline/Issue668Test.json");
        using var document = System.Text.Json.JsonDocument.Parse("""{"country":"india","loyaltyFactor":2}""");
        var values = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        Assert.True(engine.ExecuteAllRules("Discount", values)[0].IsSuccess);
    }

    public static class Issue714Counter
    {
        public static int Calls;

        public static string FromDb(string input)
        {
            Interlocked.Increment(ref Calls);
            return input;
        }
    }

    [CorpusFact]
    public void Issue714_GlobalParam_EvaluatedOncePerExecution()
    {
        var engine = Support.Corpus.Engine("inline/Issue714Test.json", new RuleSettings { CustomTypes = [typeof(Issue714Counter)] });
        var before = Issue714Counter.Calls;
        var results = engine.ExecuteAllRules("wf", "hello");
        Assert.Equal(1, Issue714Counter.Calls - before);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.ExceptionMessage));
    }

    public sealed class SimpleInput
    {
        public int Value { get; set; }
    }

    public sealed class ReturnTypeForIssue717
    {
        public int val { get; set; }
    }

    public static class FunctionsForIssue717
    {
        public static ReturnTypeForIssue717 CheckValueTyped(SimpleInput input) => new() { val = input.Value > 5 ? 1 : 0 };

        public static object CheckValueAsObject(SimpleInput input) => CheckValueTyped(input);
    }

    [CorpusFact]
    public void Issue717_TypedReturnTrueObjectReturnFailsNamingReturnType()
    {
        var engine = Support.Corpus.Engine("inline/Issue717Test.json", new RuleSettings { CustomTypes = [typeof(SimpleInput), typeof(ReturnTypeForIssue717), typeof(FunctionsForIssue717)] });
        var input = new RuleParameter("myObj", new SimpleInput { Value = 10 });
        Assert.True(engine.ExecuteAllRules("wf-typed", input)[0].IsSuccess);
        var failed = engine.ExecuteAllRules("wf-object", input)[0];
        Assert.False(failed.IsSuccess);
        Assert.Contains("return type", failed.ExceptionMessage);
    }

    [CorpusTheory]
    [InlineData("wf-dup-global")]
    [InlineData("wf-dup-local")]
    public void DuplicateParamNames_Registration_Refused(string workflowName)
    {
        var workflow = RuleSetLoader.LoadFile(Support.Corpus.PathOf("inline/DuplicateParamNameValidationTest.json")).Workflows.Single(w => w.WorkflowName == workflowName);
        var result = new RuleEngine().AddWorkflow(workflow);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Contains("dup", error.Message);
        Assert.Contains("duplicate", error.Message);
    }

    [CorpusFact]
    public void DuplicateParamNames_InputCollidesWithGlobal_FalseWithMessage()
    {
        var document = RuleSetLoader.LoadFile(Support.Corpus.PathOf("inline/DuplicateParamNameValidationTest.json"));
        var engine = new RuleEngine();
        Assert.True(engine.AddWorkflow(document.Workflows.Where(w => w.WorkflowName is "wf-collide" or "wf-distinct").ToArray()).Succeeded);
        var collide = engine.ExecuteAllRules("wf-collide", new RuleParameter("foo", 42))[0];
        Assert.False(collide.IsSuccess);
        Assert.Contains("foo", collide.ExceptionMessage);
        Assert.Contains("collide", collide.ExceptionMessage);
        Assert.True(engine.ExecuteAllRules("wf-distinct", new RuleParameter("fromInput", 42))[0].IsSuccess);
    }

    [CorpusFact]
    public void ParallelCompilation_SameResultsAsSerialAndAllTrueAt100()
    {
        var serial = Support.Corpus.Engine("inline/ParallelRuleCompilationTest.json").ExecuteAllRules("wf", 32).Select(r => r.IsSuccess).ToList();
        var parallel = Support.Corpus.Engine("inline/ParallelRuleCompilationTest.json", new RuleSettings { EnableParallelRuleCompilation = true });
        Assert.Equal(serial, parallel.ExecuteAllRules("wf", 32).Select(r => r.IsSuccess));
        Assert.Equal(33, serial.Count(s => s));
        Assert.All(parallel.ExecuteAllRules("wf", 100), r => Assert.True(r.IsSuccess));
    }

    [Fact]
    public void ParallelCompilation_BrokenRuleAmongGood_OnlyItFailsWithoutAggregateException()
    {
        var rules = Enumerable.Range(0, 5).Select(i => new Model.Rule { RuleName = "R" + i, Expression = $"input1 >= {i}" }).ToList();
        rules.Add(new Model.Rule { RuleName = "Broken", Expression = "input1.NoSuchMember.Foo()" });
        var engine = new RuleEngine(new RuleSettings { EnableParallelRuleCompilation = true });
        Assert.True(engine.AddWorkflow(new Model.Workflow { WorkflowName = "wf", Rules = rules }).Succeeded);
        var results = engine.ExecuteAllRules("wf", 3);
        Assert.Equal(4, results.Take(5).Count(r => r.IsSuccess));
        Assert.False(results[5].IsSuccess);
        Assert.DoesNotContain("AggregateException", results[5].ExceptionMessage);
    }

    [CorpusFact]
    public void RuleValidation_InvalidFile_MissingExpressionAndOperatorReported()
    {
        var document = RuleSetLoader.LoadFile(Support.Corpus.PathOf("inline/RuleValidationTest.invalid.json"));
        var engine = new RuleEngine();
        var missingExpression = engine.AddWorkflow(document.Workflows[0]);
        Assert.False(missingExpression.Succeeded);
        Assert.Contains(missingExpression.Errors, d => d.Message.Contains("Expression cannot be null or empty when RuleExpressionType is LambdaExpression"));
        var missingOperator = engine.AddWorkflow(document.Workflows[1]);
        Assert.False(missingOperator.Succeeded);
        Assert.Contains(missingOperator.Errors, d => d.Message.Contains("Cannot use Rules field when Operator is null"));
    }

    [CorpusFact]
    public void EmptyRules_InvalidFile_EachWorkflowRefused()
    {
        var document = RuleSetLoader.LoadFile(Support.Corpus.PathOf("inline/EmptyRulesTest.invalid.json"));
        foreach (var workflow in document.Workflows)
        {
            var result = new RuleEngine().AddWorkflow(workflow);
            Assert.False(result.Succeeded);
            Assert.Contains(result.Errors, d => d.Message.Contains("Atleast one of Rules or WorkflowsToInject must be not empty"));
        }
    }

    // C#-only RuleExpressionParserTests, rewritten with equivalent types.
    [Fact]
    public void Parser_NullableDecimalNull_LessThanIsFalse()
    {
        var compiled = Expr.Compile("d1 < 20", ("d1", typeof(decimal?)));
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        Assert.Equal(false, compiled.Evaluate(new object?[] { null }));
        Assert.Equal(true, compiled.Evaluate(19.5m));
    }

    [Fact]
    public void Parser_DictionaryInputNamedUnderscore_ImplicitItMembers()
    {
        var compiler = new ExpressionCompiler();
        var input = new Dictionary<string, object?> { ["Formule"] = "Essentielle", ["Name"] = "John", ["Age"] = 30 };
        Assert.Equal(true, compiler.Evaluate("Formule == \"Essentielle\"", new Dictionary<string, object?> { ["_"] = input }).Value);
        Assert.Equal(true, compiler.Evaluate("Name == \"John\" && Age == 30", new Dictionary<string, object?> { ["_"] = input }).Value);
    }

    [Fact]
    public void Parser_JsonIndexersAndConcat_SameAsJObject()
    {
        var input = DataValues.FromJson("""{"list":[{"item1":"hello","item3":1}],"item2":"world"}""");
        Assert.Equal(true, Expr.Eval("Convert.ToInt32(input[\"list\"][0][\"item3\"]) == 1", ("input", input)));
        Assert.Equal("helloworld", Expr.Eval("string.Concat(input[\"list\"][0][\"item1\"], input[\"item2\"])", ("input", input)));
    }

    [Fact]
    public void ExpressionUtils_CheckContains_FindsValueInList()
    {
        Assert.Equal(true, Expr.Eval("ExpressionUtils.CheckContains(\"4\", \"1,2,3,4,5\")"));
        Assert.Equal(false, Expr.Eval("ExpressionUtils.CheckContains(\"6\", \"1,2,3,4,5\")"));
    }
}

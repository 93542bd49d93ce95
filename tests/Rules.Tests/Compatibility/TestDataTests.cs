using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Loading;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compatibility;

/// <summary>testdata/rules1.json … rules11.json, as the upstream BusinessRuleEngineTest uses them.</summary>
public sealed class TestDataTests
{
    private static object?[] Inputs123() =>
    [
        Support.Corpus.Input("inputs/basicInfo.GetInput1.json"),
        Support.Corpus.Input("inputs/orderInfo.GetInput2.json"),
        Support.Corpus.Input("inputs/telemetryInfo.GetInput3.json"),
    ];

    private static RuleEngine EngineWithReference(string file, RuleSettings? settings = null)
    {
        var engine = Support.Corpus.Engine(file, settings);
        var reference = engine.AddWorkflow(new Model.Workflow { WorkflowName = "inputWorkflowReference", WorkflowsToInject = ["inputWorkflow"] });
        Assert.True(reference.Succeeded);
        return engine;
    }

    [CorpusFact]
    public void Rules1_Inputs123_GiveDiscount10Succeeds()
    {
        var results = EngineWithReference("testdata/rules1.json").ExecuteAllRules("inputWorkflow", Inputs123());
        var result = Assert.Single(results);
        Assert.Equal("GiveDiscount10", result.Rule.RuleName);
        Assert.True(result.IsSuccess, result.ExceptionMessage);
        Assert.Equal(string.Empty, result.ExceptionMessage);
    }

    [CorpusFact]
    public void Rules1_AddWorkflowWithSameName_IsRefused()
    {
        var engine = EngineWithReference("testdata/rules1.json");
        var rules6 = RuleSetLoader.LoadFile(Support.Corpus.PathOf("testdata/rules6.json"));
        var result = engine.AddWorkflow(rules6.Workflows.ToArray());
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, d => d.Code == "RE1120");
    }

    [CorpusFact]
    public void Rules1_AddOrUpdateWithRules6_ExecutesUpdatedRulesAllFalse()
    {
        var engine = EngineWithReference("testdata/rules1.json");
        var before = engine.ExecuteAllRules("inputWorkflow", Inputs123()).Select(r => (r.Rule.RuleName, r.IsSuccess)).ToList();
        var rules6 = RuleSetLoader.LoadFile(Support.Corpus.PathOf("testdata/rules6.json"));
        Assert.True(engine.AddOrUpdateWorkflow(rules6.Workflows.ToArray()).Succeeded);
        var after = engine.ExecuteAllRules("inputWorkflow", Inputs123());
        Assert.Equal(3, after.Count);
        Assert.All(after, r => Assert.False(r.IsSuccess));
        Assert.All(after, r => Assert.False(string.IsNullOrEmpty(r.ExceptionMessage)));
        Assert.NotEqual(before, after.Select(r => (r.Rule.RuleName, r.IsSuccess)).ToList());
    }

    [CorpusFact]
    public void Rules1_UnknownWorkflow_ThrowsArgumentException()
    {
        var engine = EngineWithReference("testdata/rules1.json");
        Assert.Throws<ArgumentException>(() => engine.ExecuteAllRules("inputWorkflow1", Inputs123()));
    }

    [CorpusFact]
    public void Rules1_RemoveAndClear_MakeWorkflowsUnknown()
    {
        var engine = EngineWithReference("testdata/rules1.json");
        Assert.True(engine.RemoveWorkflow("inputWorkflow"));
        Assert.Throws<ArgumentException>(() => engine.ExecuteAllRules("inputWorkflow", Inputs123()));
        engine.ClearWorkflows();
        Assert.Throws<ArgumentException>(() => engine.ExecuteAllRules("inputWorkflowReference", Inputs123()));
    }

    [CorpusFact]
    public void Rules1_InputWithExtraProperty_RecompilesAndStillSucceeds()
    {
        var engine = EngineWithReference("testdata/rules1.json");
        Assert.Contains(engine.ExecuteAllRules("inputWorkflow", Inputs123()), r => r.IsSuccess);
        var input3 = DataValues.FromJson("""{"noOfVisitsPerMonth": 10,"percentageOfBuyingToVisit": 15, "hello": "world"}""");
        var inputs = Inputs123();
        inputs[2] = input3;
        Assert.Contains(engine.ExecuteAllRules("inputWorkflow", inputs), r => r.IsSuccess);
    }

    [CorpusFact]
    public void Rules2_Inputs123_OrRuleTrueWithThreeChildren()
    {
        var engine = EngineWithReference("testdata/rules2.json");
        var result = Assert.Single(engine.ExecuteAllRules("inputWorkflow", Inputs123()));
        Assert.True(result.IsSuccess);
        Assert.Equal([false, false, true], result.ChildResults!.Select(c => c.IsSuccess));
        var again = Assert.Single(engine.ExecuteAllRules("inputWorkflow", Inputs123()));
        Assert.Equal(result.IsSuccess, again.IsSuccess);
    }

    [CorpusFact]
    public void Rules2_InjectedWorkflow_ReturnsResultsAndBothNamesRegistered()
    {
        var engine = EngineWithReference("testdata/rules2.json");
        Assert.NotEmpty(engine.ExecuteAllRules("inputWorkflowReference", Inputs123()));
        var names = engine.GetAllRegisteredWorkflowNames();
        Assert.Equal(2, names.Count);
        Assert.Contains("inputWorkflow", names);
    }

    [CorpusFact]
    public void Rules2_EighteenPositionalInputs_SomeResultSucceeds()
    {
        var engine = EngineWithReference("testdata/rules2.json");
        var inputs = Enumerable.Range(0, 6).SelectMany(_ => Inputs123()).ToArray();
        Assert.Equal(18, inputs.Length);
        Assert.Contains(engine.ExecuteAllRules("inputWorkflow", inputs), r => r.IsSuccess);
    }

    [CorpusFact]
    public void Rules2_OnlyInput1_NoResultSucceedsBecauseInput2Unknown()
    {
        var engine = EngineWithReference("testdata/rules2.json");
        var result = Assert.Single(engine.ExecuteAllRules("inputWorkflow", Inputs123()[0]));
        Assert.False(result.IsSuccess);
        Assert.All(result.ChildResults!, c => Assert.StartsWith("Exception while parsing expression", c.ExceptionMessage));
    }

    [CorpusFact]
    public void Rules2_MissingRuleParameter_ReturnsResultsWithoutThrowing()
    {
        var engine = EngineWithReference("testdata/rules2.json");
        var inputs = Inputs123();
        var results = engine.ExecuteAllRules("inputWorkflow", new RuleParameter("customName", inputs[0]), new RuleParameter("input2", inputs[1]), new RuleParameter("input3", inputs[2]));
        Assert.NotNull(results);
        Assert.False(Assert.Single(results).IsSuccess);
    }

    [CorpusFact]
    public void Rules3_MissingMember_FailsWithParsingMessage()
    {
        var result = Assert.Single(EngineWithReference("testdata/rules3.json").ExecuteAllRules("inputWorkflow", Inputs123()));
        Assert.False(result.IsSuccess);
        Assert.StartsWith("Exception while parsing expression", result.ExceptionMessage);
        Assert.Contains("couy", result.ExceptionMessage);
    }

    private static object?[] Inputs4()
    {
        var all = (DataObject)Support.Corpus.Input("inputs/rules4.GetInputs4.json")!;
        return new[] { "input1", "input2", "input3", "input4", "input5" }.Select(n => all[n]).ToArray();
    }

    [CorpusFact]
    public void Rules4_LowercaseLocalParams_MatchUpstreamOutcomes()
    {
        var engine = Support.Corpus.Engine("testdata/rules4.json");
        var results = engine.ExecuteAllRules("inputWorkflow", Inputs4());
        Assert.Equal(["GiveDiscount10", "GiveDiscount100", "GiveDiscount25", "GiveDiscount30", "GiveDiscount35"], results.Select(r => r.Rule.RuleName));
        Assert.Equal([true, false, false, false, false], results.Select(r => r.IsSuccess));
        Assert.Equal(
            "One or more adjust rules failed, country : canada, loyaltyFactor : 3, totalPurchasesToDate : 70000, totalOrders : 50, noOfVisitsPerMonth : $(input30.noOfVisitsPerMonth), true",
            results[2].ExceptionMessage);
        Assert.True(results[0].Inputs.ContainsKey("model1"));
        Assert.True(results[0].Inputs.ContainsKey("model2"));
        Assert.All(["input1", "input2", "input3", "input4", "input5"], n => Assert.True(results[0].Inputs.ContainsKey(n)));
    }

    private sealed class TestInstanceUtils
    {
        public bool CheckExists(string? s) => !string.IsNullOrEmpty(s);
    }

    [CorpusTheory]
    [InlineData("hello", true)]
    [InlineData(null, false)]
    public void Rules5_InjectedUtilsInstance_BothCasesResolve(string? property1, bool expected)
    {
        var engine = Support.Corpus.Engine("testdata/rules5.json", new RuleSettings { CustomTypes = [typeof(TestInstanceUtils)] });
        var input1 = DataValues.FromDictionary(new Dictionary<string, object?> { ["Property1"] = property1 });
        var results = engine.ExecuteAllRules("inputWorkflow", new RuleParameter("input1", input1), new RuleParameter("utils", new TestInstanceUtils()));
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess == expected, r.ExceptionMessage));
    }

    [CorpusFact]
    public void Rules6_MethodExpressionOnFuncMember_AllTrue()
    {
        var engine = Support.Corpus.Engine("testdata/rules6.json", new RuleSettings { CustomTypes = [typeof(Func<bool>)] });
        var input1 = DataValues.FromDictionary(new Dictionary<string, object?> { ["Property1"] = "hello", ["Boolean"] = false, ["Method"] = (Func<bool>)(() => true) });
        var results = engine.ExecuteAllRules("inputWorkflow", input1);
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.ExceptionMessage));
    }

    [CorpusTheory]
    [InlineData("testdata/rules7.json", true)]
    [InlineData("testdata/rules8.json", false)]
    public void Rules7And8_UnaryAndMemberAccess_AllAsExpected(string file, bool expected)
    {
        var engine = Support.Corpus.Engine(file);
        var input1 = DataValues.FromDictionary(new Dictionary<string, object?> { ["Boolean"] = false });
        var results = engine.ExecuteAllRules("inputWorkflow", input1);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(expected, r.IsSuccess));
    }

    private static object Rules9Input() => DataValues.FromDictionary(new Dictionary<string, object?> { ["Data"] = new { TestProperty = "" }, ["Boolean"] = false });

    [CorpusFact]
    public void Rules9_MissingMethodWithoutExceptionAsMessage_Throws()
    {
        var engine = Support.Corpus.Engine("testdata/rules9.json", new RuleSettings { EnableExceptionAsErrorMessage = false });
        Assert.Throws<RuleException>(() => engine.ExecuteAllRules("inputWorkflow", Rules9Input()));
    }

    [CorpusFact]
    public void Rules9_MissingMethodWithExceptionAsMessage_ParsingMessage()
    {
        var results = Support.Corpus.Engine("testdata/rules9.json").ExecuteAllRules("inputWorkflow", Rules9Input());
        Assert.False(results[0].IsSuccess);
        Assert.StartsWith("Exception while parsing expression", results[1].ExceptionMessage);
        Assert.Contains("NotExistingMethod", results[1].ExceptionMessage);
    }

    [CorpusFact]
    public void Rules9_IgnoreException_UsesErrorMessageInstead()
    {
        var results = Support.Corpus.Engine("testdata/rules9.json", new RuleSettings { IgnoreException = true }).ExecuteAllRules("inputWorkflow", Rules9Input());
        Assert.False(results[1].IsSuccess);
        Assert.False(results[1].ExceptionMessage.StartsWith("Exception while parsing expression", StringComparison.Ordinal));
        Assert.Equal("One or more adjust rules failed.", results[1].ExceptionMessage);
    }

    [CorpusFact]
    public void Rules10_JsonElementCustomType_MethodsCallable()
    {
        var engine = Support.Corpus.Engine("testdata/rules10.json", new RuleSettings { CustomTypes = [typeof(System.Text.Json.JsonElement)] });
        var input1 = new { Data = System.Text.Json.JsonSerializer.SerializeToElement(new { category = "abc" }) };
        var results = engine.ExecuteAllRules("inputWorkflow", input1);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.ExceptionMessage));
    }

    private sealed record Reading(double Value, string ChangeDateTime);

    [CorpusFact]
    public void Rules11_GlobalParamThresholdOverTypedList_ActivationFalseDeactivationTrue()
    {
        var engine = Support.Corpus.Engine("testdata/rules11.json");
        var readings = ((DataObject[])Support.Corpus.Input("inputs/rules11.input1.json")!)
            .Select(d => new Reading(System.Convert.ToDouble(d["Value"], System.Globalization.CultureInfo.InvariantCulture), (string)d["ChangeDateTime"]!))
            .ToList();
        var results = engine.ExecuteAllRules("MyWorkflow", new RuleParameter("input1", readings));
        Assert.False(results[0].IsSuccess, results[0].ExceptionMessage);
        Assert.True(results[1].IsSuccess, results[1].ExceptionMessage);
    }

    [CorpusFact]
    public void Rules11_SameInputAsJsonRecords_SameOutcome()
    {
        var engine = Support.Corpus.Engine("testdata/rules11.json");
        var results = engine.ExecuteAllRules("MyWorkflow", new RuleParameter("input1", Support.Corpus.Input("inputs/rules11.input1.json")));
        Assert.Equal([false, true], results.Select(r => r.IsSuccess));
    }
}

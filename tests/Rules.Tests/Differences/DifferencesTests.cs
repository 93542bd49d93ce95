using System.Globalization;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Loading;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Differences;

/// <summary>
/// Each intentional difference from Microsoft RulesEngine, named in the test and listed in
/// docs/rules.md ("Verschillen met RulesEngine").
/// </summary>
public sealed class DifferencesTests
{
    private static RuleEngine Engine(string json, RuleSettings? settings = null)
    {
        var engine = new RuleEngine(settings);
        var registration = engine.AddOrUpdateFromJson(json);
        Assert.True(registration.Succeeded, string.Join("\n", registration.Diagnostics));
        return engine;
    }

    // Difference 1: upstream fills ErrorMessage placeholders for top-level results only; we also
    // fill them for child results, so every failing criterion explains itself.
    [Fact]
    public void Difference1_ChildErrorMessage_IsFormattedToo()
    {
        var engine = Engine("""
            {"WorkflowName":"w","Rules":[{"RuleName":"top","Operator":"And","ErrorMessage":"top faalt","Rules":[
              {"RuleName":"kind","Expression":"input1.a > 5","ErrorMessage":"a is $(input1.a), moet groter dan 5 zijn"}]}]}
            """);
        var result = engine.ExecuteAllRules("w", DataValues.FromJson("""{"a":3}"""))[0];
        Assert.Equal("top faalt", result.ExceptionMessage);
        Assert.Equal("a is 3, moet groter dan 5 zijn", result.ChildResults![0].ExceptionMessage);
    }

    // Difference 2: a date in a $(…) placeholder prints as dd-MM-yyyy (upstream: ISO 8601 from System.Text.Json), and JSON in
    // a message keeps letters such as é as they are (upstream \u-escapes them).
    [Fact]
    public void Difference2_PlaceholderDatesAndJson_ReadableForResidents()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"false","ErrorMessage":"$(input1.Start) $(input1.Buurt) $(input1)"}]}""");
        var result = engine.ExecuteAllRules("w", new PlaceholderInput(new DateTime(2026, 3, 1), new BuurtNaam("Coöperatie")))[0];
        Assert.Equal("01-03-2026 {\n  \"Naam\": \"Coöperatie\"\n} {\"Start\":\"2026-03-01T00:00:00\",\"Buurt\":{\"Naam\":\"Coöperatie\"}}", result.ExceptionMessage.ReplaceLineEndings("\n"));
    }

    public sealed record BuurtNaam(string Naam);

    public sealed record PlaceholderInput(DateTime Start, BuurtNaam Buurt);

    // Difference 3: parsing and formatting do not depend on the server culture (upstream uses the
    // current culture for double.Parse, Convert.ToDouble(string), ToString and ToUpper/ToLower).
    [Fact]
    public void Difference3_ParseAndFormatUnderDutchCulture_Invariant()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"double.Parse(\"0.25\") == 0.25 && (1.5).ToString() == \"1.5\" && \"i\".ToUpper() == \"I\""}]}""");
            Assert.True(engine.ExecuteAllRules("w", 1)[0].IsSuccess);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    // Difference 4: registering an invalid workflow returns located diagnostics instead of throwing
    // RuleValidationException, and the previous version stays in use.
    [Fact]
    public void Difference4_InvalidWorkflow_ReturnsDiagnosticsAndKeepsOldVersion()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1 > 1"}]}""");
        var update = engine.AddOrUpdateFromJson("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1 >"}]}""", "w.json");
        Assert.False(update.Succeeded);
        var error = Assert.Single(update.Errors);
        Assert.Equal("w", error.Location!.Workflow);
        Assert.Equal("r", error.Location.Rule);
        Assert.True(engine.ExecuteAllRules("w", 2)[0].IsSuccess);
    }

    // Difference 5: JSON property names are always matched case-insensitively (upstream's string[]
    // constructor uses case-sensitive System.Text.Json and silently drops "localParams").
    [Fact]
    public void Difference5_LowercasePropertyNames_AlwaysRead()
    {
        var document = RuleSetLoader.Parse("""{"workflowname":"w","rules":[{"rulename":"r","expression":"x == 2","localParams":[{"name":"x","expression":"1 + 1"}]}]}""");
        Assert.False(document.HasErrors);
        var engine = new RuleEngine();
        Assert.True(engine.AddWorkflow(document.Workflows.ToArray()).Succeeded);
        Assert.True(engine.ExecuteAllRules("w", 0)[0].IsSuccess);
    }

    // Difference 6: single-quoted literals are strings (Dynamic LINQ makes 'x' a char).
    [Fact]
    public void Difference6_SingleQuotedLiteral_IsString()
    {
        Assert.Equal("ab", Expr.Eval("'a' + 'b'"));
    }

    // Difference 7: ExpressionUtils.CheckContains ignores spaces around list items.
    [Fact]
    public void Difference7_CheckContains_TrimsListItems()
    {
        Assert.Equal(true, Expr.Eval("ExpressionUtils.CheckContains(\"usa\", \"india, usa, canada\")"));
    }

    // Difference 8: unknown JSON properties are reported as warnings (typos such as "Expresion").
    [Fact]
    public void Difference8_UnknownProperty_Warning()
    {
        var document = RuleSetLoader.Parse("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expresion":"true","Expression":"true"}]}""");
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal("RE1004", warning.Code);
        Assert.Contains("Expresion", warning.Message);
        Assert.False(document.HasErrors);
    }

    // Difference 9: reflection, IO, processes, threads and the environment are unreachable even
    // through custom types (Dynamic LINQ allows methods of any registered type).
    [Fact]
    public void Difference9_DangerousCustomType_Refused()
    {
        var engine = new RuleEngine(new RuleSettings { CustomTypes = [typeof(Environment)] });
        var registration = engine.AddOrUpdateFromJson("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"Environment.ProcessorCount > 0"}]}""");
        Assert.False(registration.Succeeded);
        Assert.Contains(registration.Errors, d => d.Code == "RE0103" && d.Message.Contains("niet toegestaan"));
        Assert.True(engine.AddWorkflow(new Model.Workflow { WorkflowName = "w", Rules = [new Model.Rule { RuleName = "r", Expression = "Environment.ProcessorCount > 0" }] }).Succeeded);
        var result = engine.ExecuteAllRules("w", 1)[0];
        Assert.False(result.IsSuccess);
        Assert.Contains("niet toegestaan", result.ExceptionMessage);
    }

    // Difference 10: DateTime.Now/UtcNow/Today come from RuleSettings.TimeProvider.
    [Fact]
    public void Difference10_DateTimeNow_FromConfiguredClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"DateTime.UtcNow.Year == 2030"}]}""", new RuleSettings { TimeProvider = clock });
        Assert.True(engine.ExecuteAllRules("w", 1)[0].IsSuccess);
    }

    // Difference 11: after upstream's prefix the explanation is ours, in Dutch and with its column.
    [Fact]
    public void Difference11_ParseError_UpstreamPrefixThenDutchExplanation()
    {
        var engine = new RuleEngine();
        Assert.True(engine.AddWorkflow(new Model.Workflow { WorkflowName = "w", Rules = [new Model.Rule { RuleName = "r", Expression = "input1.a >" }] }).Succeeded);
        var message = engine.ExecuteAllRules("w", DataValues.FromJson("""{"a":1}"""))[0].ExceptionMessage;
        Assert.StartsWith("Exception while parsing expression `input1.a >` - (kolom ", message, StringComparison.Ordinal);
        Assert.Contains("verwacht", message, StringComparison.Ordinal);
    }

    // Difference 12: with EnableExceptionAsErrorMessage false a run-time error throws a RuleException that says what failed
    // (upstream 6.0.1: an empty message).
    [Fact]
    public void Difference12_ThrownRuleException_SaysWhatFailed()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1.a / input1.b == 1"}]}""", new RuleSettings { EnableExceptionAsErrorMessage = false });
        var exception = Assert.Throws<RuleException>(() => engine.ExecuteAllRules("w", DataValues.FromJson("""{"a":1,"b":0}""")));
        Assert.StartsWith("Error while executing rule : r - ", exception.Message, StringComparison.Ordinal);
    }

    // Difference 13: an EvaluateRule action recomputes the target workflow's global parameters instead of passing the caller's
    // (upstream: they collide with the target's own and the action fails).
    [Fact]
    public void Difference13_EvaluateRule_TargetGlobalsRecomputed()
    {
        var engine = Engine("""
            {"WorkflowName":"w","GlobalParams":[{"Name":"dubbel","Expression":"input1.a * 2"}],"Rules":[
              {"RuleName":"buiten","Expression":"dubbel > 0","Actions":{"OnSuccess":{"Name":"EvaluateRule","Context":{"workflowName":"w","ruleName":"binnen"}}}},
              {"RuleName":"binnen","Expression":"dubbel == 6","Actions":{"OnSuccess":{"Name":"OutputExpression","Context":{"expression":"dubbel + 1"}}}}]}
            """);
        var result = engine.ExecuteActionWorkflow("w", "buiten", new RuleParameter("input1", DataValues.FromJson("""{"a":3}""")));
        Assert.Null(result.Exception);
        Assert.Equal(7L, Convert.ToInt64(result.Output, CultureInfo.InvariantCulture));
    }

    // Difference 14: a JSON null (upstream types it object and refuses the operator when it compiles) is bound late.
    [Theory]
    [InlineData("""{"n":null}""", true)]
    [InlineData("""{"n":5}""", true)]
    [InlineData("""{"n":2}""", false)]
    public void Difference14_JsonNull_BoundLate(string json, bool expected)
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1.n == null || input1.n > 3"}]}""");
        var result = engine.ExecuteAllRules("w", DataValues.FromJson(json))[0];
        Assert.Equal(string.Empty, result.ExceptionMessage);
        Assert.Equal(expected, result.IsSuccess);
    }

    // Difference 15: Sum()/Average() without a selector and Contains with another number type bind as in C# (Dynamic LINQ 1.6.2
    // finds no method).
    [Theory]
    [InlineData("input1.numbers.Sum() == 6")]
    [InlineData("input1.numbers.Average() == 2")]
    [InlineData("input1.prices.Contains(2) == false && input1.prices.Contains(3)")]
    public void Difference15_LinqWithoutSelector_BindsAsCSharp(string expression)
    {
        var engine = Engine($$"""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"{{expression}}"}]}""");
        var result = engine.ExecuteAllRules("w", DataValues.FromJson("""{"numbers":[1,2,3],"prices":[1.5,3.0]}"""))[0];
        Assert.Equal(string.Empty, result.ExceptionMessage);
        Assert.True(result.IsSuccess);
    }

    // Difference 16: numbers promote as in C# where Dynamic LINQ 1.6.2 refuses (a nullable with another number type, ?: and ??).
    [Theory]
    [InlineData("input1.Kinderen * 2.5 == 5.0")]
    [InlineData("(input1.Kinderen > 1 ? 7L : 8) == 7")]
    [InlineData("(input1.Leeg ?? 1.5) == 1.5")]
    public void Difference16_NumericPromotion_AsCSharp(string expression)
    {
        var engine = new RuleEngine();
        Assert.True(engine.AddWorkflow(new Model.Workflow { WorkflowName = "w", Rules = [new Model.Rule { RuleName = "r", Expression = expression }] }).Succeeded);
        var result = engine.ExecuteAllRules("w", new NullableNumbers { Kinderen = 2 })[0];
        Assert.Equal(string.Empty, result.ExceptionMessage);
        Assert.True(result.IsSuccess);
    }

    public sealed class NullableNumbers
    {
        public int? Kinderen { get; set; }

        public int? Leeg { get; set; }
    }

    // Difference 17: a JSON list whose number field is whole in one record and fractional in another is read
    // (upstream types the list by its first record and cannot take the input).
    [Fact]
    public void Difference17_JsonListMixingWholeAndFractional_Read()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1.items.Sum(i => i.price) == 92.5"}]}""");
        Assert.True(engine.ExecuteAllRules("w", DataValues.FromJson("""{"items":[{"price":46},{"price":46.5}]}"""))[0].IsSuccess);
    }

    // Difference 18: HasValue and Value on a value read from JSON tell whether there is one and give it (upstream's JSON values
    // are never nullable types, so it refuses the rule).
    [Theory]
    [InlineData("""{"n":3}""", true)]
    [InlineData("""{"n":null}""", false)]
    [InlineData("""{}""", false)]
    public void Difference18_HasValueOnJsonValue_WhetherThereIsOne(string json, bool expected)
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1.n.HasValue && input1.n.Value == 3"}]}""");
        var result = engine.ExecuteAllRules("w", DataValues.FromJson(json))[0];
        Assert.Equal(string.Empty, result.ExceptionMessage);
        Assert.Equal(expected, result.IsSuccess);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

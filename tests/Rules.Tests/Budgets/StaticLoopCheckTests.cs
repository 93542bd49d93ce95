using Participatie.Rules.Compilation;
using Participatie.Rules.Engine;
using Participatie.Rules.Loading;
using Participatie.Rules.Model;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Tests.Budgets;

/// <summary>Loops whose cost is visible in the expression are refused before they run: by the check, by registration and by the compiler.</summary>
public sealed class StaticLoopCheckTests
{
    private static RuleSetDocument Doc(string expression) => RuleSetLoader.Parse($$"""
        [{ "WorkflowName": "w", "Rules": [
            { "RuleName": "gewoon", "Expression": "a.Length > 0" },
            { "RuleName": "bom", "Expression": "{{expression}}" } ] }]
        """, "w.json");

    private static readonly ExpressionParameter[] Inputs = [new("a", typeof(int[]))];

    private static CompiledExpression Compile(string expression, ExpressionLimits? limits = null, Type? listType = null) =>
        new ExpressionCompiler(new ExpressionCompilerOptions { Limits = limits ?? ExpressionLimits.Default, CustomTypes = [typeof(Enumerable)] })
            .Compile(expression, [new ExpressionParameter("a", listType ?? typeof(int[]))]);

    [Fact]
    public void TwelveNestedSums_AreRefusedByTheCheck_AtTheFifthLoop()
    {
        var expression = Bombs.NestedSums(12) + " >= 0";

        var diagnostics = RuleSetChecker.Check(Doc(expression), Inputs);

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("RE0120", error.Code);
        Assert.Equal("w.json", error.Location?.File);
        Assert.Equal("w", error.Location?.Workflow);
        Assert.Equal("bom", error.Location?.Rule);
        Assert.Equal("Expression", error.Location?.Field);
        Assert.NotNull(error.Location?.FileLine);
        // the fifth 'a.Sum(' is marked, up to the end of its call
        var fifth = IndexOfOccurrence(expression, "a.Sum(", 5);
        Assert.Equal(fifth + 1, error.Column);
        Assert.Equal(fifth, error.Span.Start);
        Assert.Equal(expression.Length - " >= 0".Length - 4, error.Span.End);
        Assert.Contains("de 5e lus binnen een andere", error.Message, StringComparison.Ordinal);
        Assert.Contains("maximaal 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("regel 'bom', Expression kolom " + (fifth + 1), error.ToString(), StringComparison.Ordinal);
    }

    private static int IndexOfOccurrence(string text, string value, int occurrence)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
        }
        return at;
    }

    [Fact]
    public void NestedLoops_WithoutKnownInputs_AreRefusedToo()
    {
        var diagnostics = RuleSetChecker.Check(Doc(Bombs.NestedSums(12, "input.items") + " >= 0"));

        Assert.Contains(diagnostics, d => d.Code == "RE0120" && d.Location?.Rule == "bom");
    }

    [Fact]
    public void TwelveNestedSums_AreNotRegistered_AndTheOldVersionStays()
    {
        var engine = new RuleEngine();
        Assert.True(engine.AddOrUpdateFromJson("""[{ "WorkflowName": "w", "Rules": [{ "RuleName": "oud", "Expression": "a.Length > 0" }] }]""").Succeeded);

        var registration = engine.AddOrUpdateFromJson($$"""[{ "WorkflowName": "w", "Rules": [{ "RuleName": "bom", "Expression": "{{Bombs.NestedSums(12)}} >= 0" }] }]""");

        Assert.False(registration.Succeeded);
        Assert.Contains(registration.Errors, d => d.Code == "RE0120");
        Assert.Equal("oud", engine.ExecuteAllRules("w", new RuleParameter("a", Bombs.Numbers(3))).Single().Rule.RuleName);
    }

    [Fact]
    public void TwelveNestedSums_AddedFromCode_FailAsACompileErrorWithoutRunning()
    {
        var engine = new RuleEngine();
        engine.AddWorkflow(new Workflow { WorkflowName = "w", Rules = [new Rule { RuleName = "bom", Expression = Bombs.NestedSums(12) + " >= 0" }] });

        var result = engine.ExecuteAllRules("w", new RuleParameter("a", Bombs.Numbers(10))).Single();

        Assert.False(result.IsSuccess);
        Assert.StartsWith("Exception while parsing expression `a.Sum(x1 => ", result.ExceptionMessage, StringComparison.Ordinal);
        Assert.Contains("Te veel lussen binnen elkaar", result.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingDepth_FourPasses_FiveIsRefused_AndTheDepthIsConfigurable()
    {
        Assert.True(Compile(Bombs.NestedSums(4)).Success);
        var five = Compile(Bombs.NestedSums(5));
        Assert.False(five.Success);
        Assert.Equal("RE0120", Assert.Single(five.Diagnostics).Code);

        var deeper = ExpressionLimits.Default with { MaxLoopNesting = 6 };
        Assert.True(Compile(Bombs.NestedSums(6), deeper).Success);
        Assert.False(Compile(Bombs.NestedSums(7), deeper).Success);
    }

    [Theory]
    [InlineData("a.Where(x => x > 1).Select(x => x * 2).OrderBy(x => x).Where(x => x < 100).Select(x => x + 1).Distinct().Sum(x => x) > 0")]
    [InlineData("a.Any(x => a.Any(y => a.Any(z => a.Count(v => v == x + y + z) > 0)))")]
    // Count() and Any() without a function are cheap on a list: no extra level
    [InlineData("a.Sum(x => a.Sum(y => a.Sum(z => a.Count(v => a.Count() > v && a.Any()))))")]
    public void ChainsAndFourLevels_Pass(string expression)
    {
        var compiled = Compile(expression);

        Assert.True(compiled.Success, string.Join(Environment.NewLine, compiled.Diagnostics));
    }

    [Fact]
    public void SelectManyAfterSelectMany_MultipliesAndCountsAsNesting()
    {
        var four = Compile("a.SelectMany(w => a).SelectMany(x => a).SelectMany(y => a).Count()");
        var five = Compile("a.SelectMany(v => a).SelectMany(w => a).SelectMany(x => a).SelectMany(y => a).Count()");

        Assert.True(four.Success, string.Join(Environment.NewLine, four.Diagnostics));
        Assert.Equal("RE0120", Assert.Single(five.Diagnostics).Code);
    }

    [Theory]
    [InlineData("Enumerable.Range(0, 2000000).Sum() > 0", "2.000.000")]
    [InlineData("Enumerable.Range(0, 1000).Sum(x => Enumerable.Range(0, 2000).Count(y => y > x)) > 0", "2.000.000")]
    [InlineData("Enumerable.Range(0, 2147483647).ToList().Count > 0", "2.147.483.647")]
    public void FixedRangeCounts_WhoseProductExceedsTheStepBudget_AreRefused(string expression, string steps)
    {
        var compiled = Compile(expression);

        var error = Assert.Single(compiled.Diagnostics);
        Assert.Equal("RE0121", error.Code);
        Assert.Contains($"op {steps} stappen, meer dan het rekenbudget van 1.000.000 lusstappen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedListsNestedDeeply_AreRefusedByTheirFixedCounts()
    {
        var list = "new [] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }";
        var expression = Bombs.NestedSums(7).Replace("a.Sum(", list + ".Sum(", StringComparison.Ordinal);

        var compiled = Compile(expression);

        Assert.Equal("RE0121", Assert.Single(compiled.Diagnostics).Code);
    }

    [Fact]
    public void FixedRangeCounts_WithinTheBudget_Pass()
    {
        Assert.True(Compile("Enumerable.Range(0, 500).Sum(x => Enumerable.Range(0, 500).Count(y => y > x)) > 0").Success);
    }
}

using Participatie.Rules.Compilation;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Model;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Tests.Budgets;

/// <summary>
/// Each bomb stops at its budget with a message that names the budget, its limit and the rule, and nothing
/// else is affected. No test looks at a clock: the limits are steps, characters and elements, and the time
/// budget is shown with the step budget lifted.
/// </summary>
public sealed class RuntimeBudgetTests
{
    /// <summary>Only the step budget can stop these (the static nesting check and the clock are lifted).</summary>
    private static readonly ExpressionLimits StepsOnly = ExpressionLimits.Default with { MaxLoopNesting = 20, MaxEvaluationTime = TimeSpan.FromMinutes(10) };

    private static RuleResultTree Run(RuleEngine engine, string bomb, params RuleParameter[] inputs) =>
        engine.ExecuteAllRules("w", inputs).Single(r => r.Rule.RuleName == bomb);

    [Fact]
    public void TenNestedSums_OverTenElements_StopAtTheStepBudget()
    {
        // 10^10 steps: hours without a budget
        var engine = Bombs.Engine(Bombs.NestedSums(10) + " >= 0", StepsOnly);

        var results = Bombs.WithinMemory(() => engine.ExecuteAllRules("w", new RuleParameter("a", Bombs.Numbers(10))));

        var bomb = results.Single(r => r.Rule.RuleName == "bom");
        Assert.False(bomb.IsSuccess);
        Assert.Contains("Error while executing rule : bom - Rekenbudget overschreden: meer dan 1.000.000 lusstappen", bomb.ExceptionMessage, StringComparison.Ordinal);
        Assert.Contains("(lus op kolom ", bomb.ExceptionMessage, StringComparison.Ordinal);
        // the rule next to it, in the same evaluation, has no loop and is unaffected
        Assert.True(results.Single(r => r.Rule.RuleName == "gewoon").IsSuccess);
    }

    [Fact]
    public void TenNestedSums_OverJsonInput_StopAtTheStepBudget()
    {
        var engine = Bombs.Engine(Bombs.NestedSums(10, "input.items") + " >= 0", StepsOnly);
        var input = DataValues.FromJson("""{ "items": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }""");

        var bomb = Bombs.WithinMemory(() => Run(engine, "bom", new RuleParameter("input", input), new RuleParameter("a", Bombs.Numbers(10))));

        Assert.False(bomb.IsSuccess);
        Assert.Contains("Rekenbudget overschreden: meer dan 1.000.000 lusstappen", bomb.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedLoops_WithoutAStepLimit_StopAtTheTimeBudget()
    {
        var limits = ExpressionLimits.Default with { MaxLoopNesting = 20, MaxLoopSteps = long.MaxValue };
        var engine = Bombs.Engine(Bombs.NestedSums(10) + " >= 0", limits);

        var bomb = Bombs.WithinMemory(() => Run(engine, "bom", new RuleParameter("a", Bombs.Numbers(10))));

        Assert.False(bomb.IsSuccess);
        Assert.Contains("Error while executing rule : bom - Tijdbudget overschreden: de evaluatie duurde langer dan 50 ms", bomb.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplaceChain_DoublingAString_StopsAtTheStringBudget()
    {
        // 2^30 characters without a budget; Replace would have built a gigabyte
        var engine = Bombs.Engine(Bombs.ReplaceChain(30));

        var bomb = Bombs.WithinMemory(() => Run(engine, "bom", new RuleParameter("s", "a"), new RuleParameter("a", Bombs.Numbers(10))));

        Assert.False(bomb.IsSuccess);
        // 2^17 = 131,072: the first Replace whose result would pass 100,000 is refused before it allocates
        Assert.Contains("Error while executing rule : bom - Tekstbudget overschreden: de expressie maakt een tekst van 131.072 tekens, meer dan 100.000", bomb.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcatenationDoubling_ThroughGlobalParams_StopsAtTheStringBudget()
    {
        // d1 = s + s, d2 = d1 + d1, …: 2^40 characters without a budget
        var globals = Enumerable.Range(1, 40).Select(i => new ScopedParam { Name = $"d{i}", Expression = i == 1 ? "s + s" : $"d{i - 1} + d{i - 1}" }).ToList();
        var engine = Bombs.Engine("d40.Length > 0", globals: globals);

        var results = Bombs.WithinMemory(() => engine.ExecuteAllRules("w", new RuleParameter("s", "ab"), new RuleParameter("a", Bombs.Numbers(10))));

        var bomb = results.Single(r => r.Rule.RuleName == "bom");
        Assert.False(bomb.IsSuccess);
        Assert.Contains("Error while executing scoped params for rule `bom` - 'd16': Tekstbudget overschreden: de expressie maakt een tekst van 131.072 tekens, meer dan 100.000", bomb.ExceptionMessage, StringComparison.Ordinal);
    }

    public static TheoryData<string> StringBuilders() => new()
    {
        "(s + s).Length",
        "(s & s).Length",
        "string.Concat(s, s).Length",
        "string.Concat(s, s, s).Length",
        "string.Concat(new [] { s, s }).Length",
        "string.Concat(a.Select(x => s)).Length",
        "string.Join(\",\", new [] { s, s }).Length",
        "string.Join(\",\", a.Select(x => s)).Length",
        "string.Join(',', s, s).Length",
        "s.Replace(\"a\", \"aa\").Length",
        "s.Replace(\"a\", \"aa\", StringComparison.OrdinalIgnoreCase).Length",
        "(input.text + input.text).Length",
        "input.text.Replace(\"a\", \"aa\").Length",
    };

    [Fact]
    public void EveryWhitelistedStringFunction_EitherCannotGrowAStringOrIsGuarded()
    {
        // A new overload in .NET or a wider whitelist must not slip past the string budget unnoticed.
        string[] cannotGrow = ["Substring", "Trim", "TrimStart", "TrimEnd", "ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant", "ToString"];
        var catalog = new Binding.MemberCatalog([], [], inputTypeMethods: false);
        var unguarded = typeof(string).GetMethods()
            .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && catalog.WhyNotAllowed(m, m.IsStatic) is null)
            .Where(m => !cannotGrow.Contains(m.Name) && !(m.Name == "Replace" && m.GetParameters()[0].ParameterType == typeof(char)))
            .Where(m => Emit.StringBudget.GuardFor(m) is null)
            .Select(m => m.ToString())
            .ToList();

        Assert.Empty(unguarded);
    }

    [Theory]
    [InlineData("v + v")]
    [InlineData("v.Replace(\"a\", \"aa\")")]
    [InlineData("v.Replace(\"a\", \"aa\", StringComparison.Ordinal)")]
    public void GrowingAStringOfUnknownType_StopsAtTheStringBudget(string expression)
    {
        var compiled = new ExpressionCompiler().Compile(expression, [new ExpressionParameter("v", typeof(object))]);
        Assert.True(compiled.Success, string.Join(Environment.NewLine, compiled.Diagnostics));

        var breach = Assert.Throws<Emit.RuleRuntimeException>(() => compiled.Evaluate(new string('a', 60_000)));

        Assert.StartsWith("Tekstbudget overschreden: de expressie maakt een tekst van 120.000 tekens, meer dan 100.000 (kolom 1)", breach.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StringBuilders))]
    public void EveryWayToGrowAString_StopsAtTheStringBudget(string expression)
    {
        var text = new string('a', 60_000);
        var input = DataValues.FromJson($$"""{ "text": "{{text}}" }""");
        var engine = Bombs.Engine(expression + " > 0");

        var bomb = Run(engine, "bom", new RuleParameter("s", text), new RuleParameter("a", Bombs.Numbers(10)), new RuleParameter("input", input));

        Assert.False(bomb.IsSuccess);
        Assert.Contains("Tekstbudget overschreden", bomb.ExceptionMessage, StringComparison.Ordinal);
        Assert.Contains("meer dan 100.000", bomb.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SelectManyChain_IntoALargeList_StopsAtTheCollectionBudget()
    {
        // 20^4 = 160,000 elements copied into a list; four levels pass the static check. The time budget is raised so
        // that on a busy machine the list budget, not the 50 ms default time budget, is what stops it.
        var engine = Bombs.Engine("a.SelectMany(w => a).SelectMany(x => a).SelectMany(y => a).ToList().Count > 0",
            ExpressionLimits.Default with { MaxEvaluationTime = TimeSpan.FromSeconds(30) });

        var bomb = Bombs.WithinMemory(() => Run(engine, "bom", new RuleParameter("a", Bombs.Numbers(20))));

        Assert.False(bomb.IsSuccess);
        Assert.Contains("Error while executing rule : bom - Lijstbudget overschreden: de expressie maakt een lijst van meer dan 100.000 elementen", bomb.ExceptionMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Enumerable.Range(0, n).ToList().Count == n")]
    [InlineData("Enumerable.Range(0, n).Count() == n")]
    [InlineData("Enumerable.Range(0, n).Select(i => i * 2).ToArray().Length == n")]
    public void HugeRange_WhenAHostExposesEnumerable_StopsAtTheCollectionBudget(string expression)
    {
        // Range is not in the rules language; a host can expose it by registering Enumerable as a custom type
        var engine = Bombs.Engine(expression, customTypes: [typeof(Enumerable)]);

        var bomb = Bombs.WithinMemory(() => Run(engine, "bom", new RuleParameter("n", 100_000_000), new RuleParameter("a", Bombs.Numbers(10))));

        Assert.False(bomb.IsSuccess);
        Assert.Contains("Lijstbudget overschreden: de expressie maakt een lijst van meer dan 100.000 elementen", bomb.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterABreach_TheSameEngineEvaluatesOtherInputsAndRuleSetsCorrectly()
    {
        var settings = new RuleSettings();
        var engine = new RuleEngine(settings);
        var registered = engine.AddWorkflow(
            new Workflow
            {
                WorkflowName = "w",
                Rules =
                [
                    new Rule { RuleName = "vier", Expression = "a.Sum(x => a.Sum(y => a.Sum(z => a.Count(v => v <= x)))) == expected" },
                    new Rule { RuleName = "gewoon", Expression = "a.Length > 0" },
                ],
            },
            new Workflow { WorkflowName = "ander", Rules = [new Rule { RuleName = "som", Expression = "a.Sum(x => x) == 6" }] });
        Assert.True(registered.Succeeded);
        var small = new[] { 1, 2, 3 };

        // 300^4 = 8.1 billion steps: stopped by the step or the time budget, whichever comes first on this machine
        var breach = engine.ExecuteAllRules("w", new RuleParameter("a", Bombs.Numbers(300)), new RuleParameter("expected", 0));
        // for 1..n the inner count is x, so the sum is n² · n(n+1)/2 = 9 · 6 for n = 3
        var after = engine.ExecuteAllRules("w", new RuleParameter("a", small), new RuleParameter("expected", 54));
        var other = engine.ExecuteAllRules("ander", new RuleParameter("a", small));

        Assert.False(breach[0].IsSuccess);
        Assert.Matches("(Reken|Tijd)budget overschreden", breach[0].ExceptionMessage);
        Assert.True(breach[1].IsSuccess);
        Assert.True(after[0].IsSuccess, after[0].ExceptionMessage);
        Assert.True(after[1].IsSuccess);
        Assert.True(other[0].IsSuccess, other[0].ExceptionMessage);
    }

    [Fact]
    public void Defaults_AreOnWithoutAnyConfiguration()
    {
        var limits = new RuleSettings().Limits;
        Assert.Equal(TimeSpan.FromMilliseconds(50), limits.MaxEvaluationTime);
        Assert.Equal(1_000_000, limits.MaxLoopSteps);
        Assert.Equal(100_000, limits.MaxStringLength);
        Assert.Equal(100_000, limits.MaxCollectionSize);
        Assert.Equal(4, limits.MaxLoopNesting);
        Assert.Equal(limits, new ExpressionCompilerOptions().Limits);

        var engine = new RuleEngine();
        engine.AddWorkflow(new Workflow { WorkflowName = "w", Rules = [new Rule { RuleName = "bom", Expression = Bombs.NestedSums(4) + " >= 0" }] });
        var viaEngine = engine.ExecuteAllRules("w", new RuleParameter("a", Bombs.Numbers(200)));
        var viaCompiler = new ExpressionCompiler().Evaluate(Bombs.NestedSums(4), new Dictionary<string, object?> { ["a"] = Bombs.Numbers(200) });
        var viaDelegate = new ExpressionCompiler().Compile(Bombs.NestedSums(4), [new ExpressionParameter("a", typeof(int[]))]).CreateDelegate<Func<int[], int>>();

        Assert.Matches("(Reken|Tijd)budget overschreden", viaEngine[0].ExceptionMessage);
        Assert.False(viaCompiler.Success);
        Assert.Matches("(Reken|Tijd)budget overschreden", Assert.Single(viaCompiler.Diagnostics).Message);
        Assert.Matches("(Reken|Tijd)budget overschreden", Assert.Throws<Emit.RuleRuntimeException>(() => viaDelegate(Bombs.Numbers(200))).Message);
    }

    [Fact]
    public void LargerBudgets_LetALegitimatelyLargeEvaluationPass()
    {
        var limits = ExpressionLimits.Default with
        {
            MaxLoopSteps = 20_000_000,
            MaxEvaluationTime = TimeSpan.FromMinutes(5),
            MaxStringLength = 1_000_000,
            MaxCollectionSize = 1_000_000,
        };
        var engine = new RuleEngine(new RuleSettings { Limits = limits });
        engine.AddWorkflow(new Workflow
        {
            WorkflowName = "w",
            Rules =
            [
                // 200^3 = 8 million steps, beyond the default 1 million
                new Rule { RuleName = "drie", Expression = "a.Sum(x => a.Sum(y => a.Count(z => z == x))) == 200 * 200" },
                new Rule { RuleName = "tekst", Expression = "(s + s).Length == 400000" },
                new Rule { RuleName = "lijst", Expression = "b.SelectMany(x => b).ToList().Count == 160000" },
            ],
        });

        var results = engine.ExecuteAllRules("w",
            new RuleParameter("a", Bombs.Numbers(200)), new RuleParameter("b", Bombs.Numbers(400)), new RuleParameter("s", new string('x', 200_000)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Rule.RuleName + ": " + r.ExceptionMessage));
    }

    [Fact]
    public void LazyParameter_ReadAfterTheEvaluation_IsNotFailedByTheClock()
    {
        // A 1-tick time budget has surely passed when the caller reads the parameter; the clock stops with the evaluation.
        var limits = ExpressionLimits.Default with { MaxEvaluationTime = TimeSpan.FromTicks(1) };
        var engine = Bombs.Engine("true", limits, globals: [new ScopedParam { Name = "even", Expression = "a.Where(x => x % 2 == 0)" }]);

        var result = engine.ExecuteAllRules("w", new RuleParameter("a", Bombs.Numbers(10_000)))[0];

        Assert.True(result.IsSuccess, result.ExceptionMessage);
        Assert.Equal(5_000, ((IEnumerable<int>)result.Inputs["even"]!).Count());
    }

    [Fact]
    public void EvaluateRuleActions_ShareTheBudgetOfTheEvaluationThatStartedThem()
    {
        var engine = new RuleEngine(new RuleSettings { Limits = StepsOnly with { MaxLoopSteps = 1_500 } });
        var evaluateNext = new RuleActions
        {
            OnSuccess = new ActionInfo
            {
                Name = "EvaluateRule",
                Context = new Dictionary<string, object?> { ["workflowName"] = "w", ["ruleName"] = "duizend" },
            },
        };
        engine.AddWorkflow(new Workflow
        {
            WorkflowName = "w",
            Rules =
            [
                new Rule { RuleName = "start", Expression = "a.Count(x => x > 0) == 1000", Actions = evaluateNext },
                new Rule { RuleName = "duizend", Expression = "a.Count(x => x > 0) == 1000" },
            ],
        });

        var result = engine.ExecuteActionWorkflow("w", "start", new RuleParameter("a", Bombs.Numbers(1_000)));

        // 1,000 steps in "start", then its EvaluateRule action needs 1,000 more of the same 1,500
        Assert.Contains("Rekenbudget overschreden: meer dan 1.500 lusstappen", result.Results.Single(r => r.Rule.RuleName == "duizend").ExceptionMessage, StringComparison.Ordinal);
    }
}

using Participatie.Rules.Compilation;
using Participatie.Rules.Loading;

namespace Participatie.Rules.Tests.Editor;

/// <summary>The check an editor runs before publishing: against the real input type, unknown names are errors.</summary>
public class TypedCheckTests
{
    public sealed class Buurt
    {
        public string Naam { get; init; } = "";
        public int Huishoudens { get; init; }
        public double SesScore { get; init; }
    }

    private static readonly ExpressionParameter[] Inputs = [new("buurt", typeof(Buurt))];

    private static RuleSetDocument Doc(string expression, string param = "buurt.SesScore * 2") => RuleSetLoader.Parse($$"""
        [{ "WorkflowName": "w", "GlobalParams": [{ "Name": "dubbel", "Expression": "{{param}}" }],
           "Rules": [{ "RuleName": "r", "Expression": "{{expression}}" }] }]
        """, "w.json");

    [Fact]
    public void ValidExpression_OverTheRealType_HasNoErrors()
    {
        var diagnostics = RuleSetChecker.Check(Doc("buurt.Huishoudens >= 500 && dubbel < 0"), Inputs);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void MisspelledMember_IsAnErrorWithItsRuleAndColumn()
    {
        var diagnostics = RuleSetChecker.Check(Doc("buurt.Huishoudes >= 500"), Inputs);

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("r", error.Location?.Rule);
        Assert.Equal("Expression", error.Location?.Field);
        // The whole member access is underlined: that is what an editor marks.
        Assert.Equal(1, error.Column);
        Assert.Equal("buurt.Huishoudes".Length, error.Span.Length);
        Assert.Contains("Huishoudes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownInputName_IsAnErrorOnlyWhenTheInputsAreKnown()
    {
        var open = RuleSetChecker.Check(Doc("wijk.Huishoudens >= 500"));
        var typed = RuleSetChecker.Check(Doc("wijk.Huishoudens >= 500"), Inputs);

        Assert.DoesNotContain(open, d => d.IsError);
        Assert.Contains(typed, d => d.IsError && d.Location?.Rule == "r");
    }

    [Fact]
    public void TypeMismatch_InAGlobalParam_IsReportedOnThatParam()
    {
        var diagnostics = RuleSetChecker.Check(Doc("buurt.Huishoudens > 1", param: "buurt.Naam * 2"), Inputs);

        Assert.Contains(diagnostics, d => d.IsError && d.Location?.Field == "GlobalParams[dubbel]");
    }
}

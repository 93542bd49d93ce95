using Participatie.Rules.Data;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compiler;

/// <summary>
/// Number literals, overloads and operators typed as Dynamic LINQ 1.6.2 (RulesEngine 6.0.1) types them, found by the
/// generated differential test (tests/Rules.Differential.Tests/Properties); pinned here without the oracle.
/// </summary>
public sealed class DynamicLinqNumbersTests
{
    private static readonly (string, object?)[] Vars = [("i", 11), ("l", 7L), ("d", 2.5), ("f", 4f), ("m", 13.5m), ("n", (int?)null), ("nm", (decimal?)null)];

    [Theory]
    [InlineData("i - 3L", typeof(int))]
    [InlineData("3L - i", typeof(long))]
    [InlineData("i * 2.5", typeof(double))]
    [InlineData("m > 2.5", typeof(bool))]
    [InlineData("m + 2.5", typeof(decimal))]
    [InlineData("2.5 + m", typeof(decimal))]
    [InlineData("0.1 - f", typeof(double))]
    [InlineData("i + 3000000000", typeof(long))]
    [InlineData("l + 1", typeof(long))]
    public void Literal_BesideTypedValue_TypedAsUpstream(string expression, Type expected) =>
        Assert.IsType(expected, Expr.Eval(expression, Vars));

    [Theory]
    [InlineData("m > 2.5f")]
    [InlineData("d > 2.5m")]
    [InlineData("m > 1e3")]
    [InlineData("m + -(2.5)")]
    [InlineData("Math.Max(d, 2.5m)")]
    public void Literal_WithTypeSuffixExponentOrParentheses_KeepsItsType(string expression) =>
        Assert.False(Expr.Try(expression, Vars).Success);

    [Fact]
    public void Literal_IntoDecimal_KeepsItsDigits() => Assert.Equal("100.0", ((decimal)Expr.Eval("100.0 - m + m", Vars)!).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Math.Floor(i)")]
    [InlineData("Math.Ceiling(l)")]
    [InlineData("Math.Round(3)")]
    [InlineData("Math.Round(i, 1)")]
    public void MathOnWholeNumber_DoubleOrDecimal_Ambiguous(string expression)
    {
        var result = Expr.Try(expression, Vars);
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RE0106", error.Code);
        Assert.Contains("past even goed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Math.Max(i, 4L)", typeof(int))]
    [InlineData("Math.Max(0.1, f)", typeof(double))]
    [InlineData("Math.Max(i, -1.25)", typeof(double))]
    [InlineData("Math.Min(i, l)", typeof(long))]
    [InlineData("Math.Floor(d)", typeof(double))]
    [InlineData("Math.Floor(m)", typeof(decimal))]
    [InlineData("Math.Round(2.5)", typeof(double))]
    public void Overload_ChosenAsUpstream(string expression, Type expected) => Assert.IsType(expected, Expr.Eval(expression, Vars));

    [Fact]
    public void Coalesce_NullableWithWiderFallback_WidensAsCSharp() => Assert.Equal(2.5, Expr.Eval("n ?? 2.5", Vars));

    [Fact]
    public void Coalesce_RightOperand_IsAWholeConditional() =>
        // a ?? b ? c : d is a ?? (b ? c : d) in Dynamic LINQ
        Assert.Equal("x", Expr.Eval("\"x\" ?? true ? \"y\" : \"z\"", Vars));

    [Fact]
    public void NestedLambda_ReusingParameterName_Refused()
    {
        var result = Expr.Try("xs.Where(n => n < xs.Where(n => n > 1).Count()).Count()", ("xs", new[] { 1, 2, 3 }));
        Assert.False(result.Success);
        Assert.Contains("al gebruikt", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal(1, Expr.Eval("xs.Where(n => n < xs.Where(k => k > 1).Count()).Count()", ("xs", new[] { 1, 2, 3 })));
    }

    [Theory]
    [InlineData("true != a")]
    [InlineData("a == \"x\"")]
    [InlineData("a == b")]
    public void RecordCompared_WithAnotherKindOfValue_Refused(string expression)
    {
        var a = DataValues.FromJson("""{"x":1}""");
        var b = DataValues.FromJson("""{"y":"z"}""");
        Assert.False(Expr.Try(expression, ("a", a), ("b", b)).Success);
        Assert.Equal(true, Expr.Eval("a == a && a != null", ("a", a)));
    }

    [Theory]
    [InlineData("xs.Max()")]
    [InlineData("xs.Min()")]
    public void MaxMin_EmptyListOfUnknownType_Null(string expression)
    {
        var empty = DataValues.FromJson("""{"xs":[]}""");
        Assert.Null(Expr.Eval(expression.Replace("xs", "r.xs", StringComparison.Ordinal), ("r", empty)));
    }

    [Theory]
    [InlineData("""{"xs":[{"c":"abc","p":1.5},{"c":"x","p":2}]}""", "r.xs.Select(i => i.c).First().Contains(\"b\")", true)]
    [InlineData("""{"xs":[{"c":"abc","p":1.5},{"c":"x","p":2}]}""", "r.xs.Select(i => i.c).Contains(\"x\")", true)]
    [InlineData("""{"xs":[{"c":"abc","p":1.5},{"c":"x","p":2}]}""", "r.xs.Select(i => i.p).Contains(2)", true)]
    public void Contains_OnValueOfUnknownType_TextOrListDecidedWhenRun(string json, string expression, bool expected) =>
        // records of different shapes (p whole in one, fractional in the other) make a list of values of unknown type
        Assert.Equal(expected, Expr.Eval(expression, ("r", DataValues.FromJson(json))));
}

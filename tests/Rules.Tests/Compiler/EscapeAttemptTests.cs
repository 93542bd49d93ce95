using Participatie.Rules.Compilation;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Tests.Compiler;

/// <summary>
/// Attempts to reach reflection, IO, processes, threads, the environment, or to run forever. Every
/// one must be refused at compile time with a clear (Dutch) message — none may run.
/// </summary>
public sealed class EscapeAttemptTests
{
    public sealed class Sample
    {
        public string Name { get; set; } = "x";

        public List<int> Items { get; set; } = [1, 2, 3];

        public Func<bool> Method { get; set; } = () => true;

        public Type Kind => typeof(string);
    }

    public static class DangerousHelper
    {
        public static Type TypeOf() => typeof(string);

        public static int Safe(int x) => x + 1;
    }

    private static CompiledExpression Compile(string expression, ExpressionCompilerOptions? options = null) =>
        new ExpressionCompiler(options).Compile(expression, [new ExpressionParameter("input", typeof(Sample)), new ExpressionParameter("dyn", typeof(object))]);

    public static TheoryData<string, string> Attempts() => new()
    {
        { "input.GetType()", "RE0102" },
        { "input.GetType().Assembly", "RE0102" },
        { "typeof(string)", "RE0103" },
        { "Type.GetType(\"System.IO.File\")", "RE0103" },
        { "System.IO.File.ReadAllText(\"/etc/passwd\")", "RE0103" },
        { "File.Exists(\"/tmp\")", "RE0103" },
        { "Directory.GetFiles(\"/\").Length > 0", "RE0103" },
        { "Activator.CreateInstance(\"x\", \"y\")", "RE0103" },
        { "AppDomain.CurrentDomain.BaseDirectory", "RE0103" },
        { "Environment.Exit(0)", "RE0103" },
        { "Environment.GetEnvironmentVariable(\"PATH\")", "RE0103" },
        { "System.Diagnostics.Process.Start(\"sh\")", "RE0103" },
        { "Process.Start(\"ls\")", "RE0103" },
        { "Thread.Sleep(100000)", "RE0103" },
        { "Task.Delay(100000).Wait()", "RE0103" },
        { "new System.Net.WebClient()", "RE0009" },
        { "new Sample()", "RE0009" },
        { "new string('x', 1000000000)", "RE0009" },
        { "\"abc\".GetType().GetMethod(\"ToString\")", "RE0102" },
        { "input.Name.GetType()", "RE0102" },
        { "input.gettype()", "RE0102" },
        { "dyn.GetType()", "RE0102" },
        { "dyn.Foo.GetType().Assembly", "RE0102" },
        { "DateTime.Now.GetType()", "RE0102" },
        { "new [] {1}.GetType()", "RE0102" },
        { "input.Items.Select(x => x.GetType()).Count()", "RE0102" },
        { "input.Method.Method", "RE0102" },
        { "input.Method.DynamicInvoke()", "RE0102" },
        { "input.Method.Invoke()", "RE0102" },
        { "input.Kind", "RE0102" },
        { "input.Items.GetEnumerator()", "RE0102" },
        { "input.Items.Clear()", "RE0102" },
        { "\"x\".PadLeft(1000000000)", "RE0102" },
        { "GC.Collect()", "RE0103" },
        { "Console.WriteLine(\"x\")", "RE0103" },
        { "Marshal.AllocHGlobal(1000)", "RE0103" },
        { "AppContext.BaseDirectory", "RE0103" },
        { "Assembly.Load(\"x\")", "RE0103" },
        { "Enumerable.Range(0, 2147483647).Count()", "RE0100" },
        { "Enumerable.Repeat(1, 1000000000).Sum()", "RE0100" },
        { "Convert.ChangeType(input, null)", "RE0101" },
        { "for (;;) { }", "RE0001" },
        { "while (true) 1", "RE0005" },
        { new string('(', 300) + "1" + new string(')', 300), "RE0007" },
        { string.Join(" + ", Enumerable.Repeat("1", 20000)), "RE0006" },
        { string.Join("+", Enumerable.Repeat("1", 1500)), "RE0011" },
        { NestedSelectMany(60), "RE0007" },
    };

    private static string NestedSelectMany(int depth)
    {
        var text = "input.Items.Count()";
        for (var i = 0; i < depth; i++)
        {
            text = $"input.Items.SelectMany(a{i} => new [] {{ {text} }}).Count()";
        }
        return text;
    }

    [Theory]
    [MemberData(nameof(Attempts))]
    public void EscapeAttempt_Expression_RefusedWithClearMessage(string expression, string code)
    {
        var compiled = Compile(expression);
        Assert.False(compiled.Success);
        var error = compiled.Diagnostics.First(d => d.Code == code);
        Assert.All(compiled.Diagnostics, d => Assert.True(d.Message.Length > 20, d.Message));
        if (code is "RE0102" or "RE0103")
        {
            Assert.Contains("niet toegestaan", error.Message);
        }
    }

    [Fact]
    public void EscapeAttempts_Count_AtLeastThirty()
    {
        Assert.True(Attempts().Count() >= 30);
    }

    [Fact]
    public void EscapeAttempt_RegisteredDangerousCustomType_StillRefused()
    {
        var compiled = Compile("File.Delete(\"x\") == null", new ExpressionCompilerOptions { CustomTypes = [typeof(File)] });
        Assert.False(compiled.Success);
        Assert.Contains(compiled.Diagnostics, d => d.Code == "RE0103");
    }

    [Fact]
    public void EscapeAttempt_CustomMethodReturningType_RefusedButSafeMethodAllowed()
    {
        var options = new ExpressionCompilerOptions { CustomTypes = [typeof(DangerousHelper)] };
        var refused = Compile("DangerousHelper.TypeOf()", options);
        Assert.False(refused.Success);
        Assert.Contains(refused.Diagnostics, d => d.Code == "RE0102");
        var allowed = Compile("DangerousHelper.Safe(1) == 2", options);
        Assert.True(allowed.Success);
        Assert.Equal(true, allowed.Evaluate(new Sample(), null));
    }

    [Fact]
    public void EscapeAttempt_TypeObjectPassedAsValue_LateAccessRefusedAtRunTime()
    {
        var result = new ExpressionCompiler().Evaluate("dyn.Assembly", new Dictionary<string, object?> { ["dyn"] = (object)typeof(string) });
        Assert.False(result.Success);
        var compiled = new ExpressionCompiler().Compile("v.FullName == null", [new ExpressionParameter("v", typeof(object))]);
        Assert.True(compiled.Success);
        var exception = Assert.Throws<Emit.RuleRuntimeException>(() => compiled.Evaluate(typeof(string)));
        Assert.Contains("FullName", exception.Message);
    }

    [Fact]
    public void EscapeAttempt_LateCallOfBlockedMethodOnRealObject_RefusedAtRunTime()
    {
        var compiled = new ExpressionCompiler().Compile("v.ToString() == \"x\"", [new ExpressionParameter("v", typeof(object))]);
        Assert.True(compiled.Success);
        Assert.Equal(true, compiled.Evaluate("x"));
        var sneaky = new ExpressionCompiler().Compile("v.Invoke() == true", [new ExpressionParameter("v", typeof(object))]);
        Assert.True(sneaky.Success);
        Assert.Throws<Emit.RuleRuntimeException>(() => sneaky.Evaluate((Func<bool>)(() => true)));
    }

    [Fact]
    public void EscapeAttempt_RuleFileWithGetType_CheckReportsLocatedError()
    {
        var document = Loading.RuleSetLoader.Parse("""
            {"WorkflowName":"w","Rules":[{"RuleName":"stiekem","Expression":"input1.GetType().Name == \"X\""}]}
            """, "stiekem.json");
        var diagnostics = Loading.RuleSetChecker.Check(document);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("RE0102", error.Code);
        Assert.Equal("stiekem", error.Location!.Rule);
        Assert.Equal(1, error.Column);
        Assert.Contains("stiekem.json(1,", error.ToString());
    }

    [Fact]
    public void EscapeAttempt_EngineRuleWithReflection_FailsWithoutRunning()
    {
        var engine = new RuleEngine();
        Assert.True(engine.AddWorkflow(new Model.Workflow
        {
            WorkflowName = "w",
            Rules = [new Model.Rule { RuleName = "r", Expression = "input1.GetType().Assembly.FullName != null" }],
        }).Succeeded);
        var result = engine.ExecuteAllRules("w", DataValues.FromJson("""{"a":1}"""))[0];
        Assert.False(result.IsSuccess);
        Assert.Contains("niet toegestaan", result.ExceptionMessage);
    }
}

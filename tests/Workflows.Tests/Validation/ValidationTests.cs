using Participatie.Workflows.Serialization;
using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Tests.Validation;

public sealed class ValidationTests
{
    private static async Task<IReadOnlyList<ValidationError>> ValidateAsync(string json, WorkflowEngine? engine = null)
    {
        var definition = WorkflowJson.Read(json, out var errors)!;
        Assert.Empty(errors);
        return await (engine ?? WorkflowEngine.Create()).Validator.ValidateAsync(definition);
    }

    [Fact]
    public async Task Validate_UnknownActivityType_LocatesActivity()
    {
        var errors = await ValidateAsync(Wf.Chain("d", Wf.WriteLine("a", "x"), Wf.Activity("b", "Acme.Unknown")));

        var error = Assert.Single(errors);
        Assert.Equal((ValidationCodes.UnknownActivityType, "d", "b", "b"), (error.Code, error.DefinitionId, error.ActivityId, error.ActivityName));
    }

    [Fact]
    public async Task Validate_DanglingConnection_NamesMissingActivity()
    {
        var errors = await ValidateAsync(Wf.Flowchart("d", [Wf.WriteLine("a", "x")], [Wf.Connect("a", "ghost")]));

        var error = Assert.Single(errors);
        Assert.Equal(ValidationCodes.DanglingConnection, error.Code);
        Assert.Contains("ghost", error.Message);
    }

    [Fact]
    public async Task Validate_UnreachableActivity_ReportsIt()
    {
        var errors = await ValidateAsync(Wf.Flowchart("d",
            [Wf.Activity("s", "Elsa.Start"), Wf.WriteLine("a", "x"), Wf.WriteLine("island", "y")],
            [Wf.Connect("s", "a")]));

        var error = Assert.Single(errors);
        Assert.Equal((ValidationCodes.UnreachableActivity, "island"), (error.Code, error.ActivityId));
    }

    [Fact]
    public async Task Validate_EveryActivityHasInboundAndNoStart_ReportsMissingStart()
    {
        var errors = await ValidateAsync(Wf.Flowchart("d",
            [Wf.WriteLine("a", "x"), Wf.WriteLine("b", "y")],
            [Wf.Connect("a", "b"), Wf.Connect("b", "a")]));

        Assert.Equal(ValidationCodes.MissingStart, Assert.Single(errors).Code);
    }

    [Fact]
    public async Task Validate_JavaScriptSyntaxError_ReportsLineAndColumnOfInput()
    {
        var errors = await ValidateAsync(Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("var x = 1;\nreturn x +* 2;", "String")))));

        var error = Assert.Single(errors);
        Assert.Equal((ValidationCodes.BadExpression, "w", "text", 2), (error.Code, error.ActivityId, error.Input, error.Line));
        Assert.NotNull(error.Column);
        Assert.Matches(@"^d/w\.text:2:\d+: WF007 ", error.ToString());
    }

    [Fact]
    public async Task Validate_CSharpWithoutHostEvaluator_ReportsUnknownExpressionType()
    {
        var json = Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", new System.Text.Json.Nodes.JsonObject
        {
            ["typeName"] = "String",
            ["expression"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "CSharp", ["value"] = "return 1;" },
        })));

        var withoutHost = await ValidateAsync(json);
        var withHost = await ValidateAsync(json, WorkflowEngine.Create(b => b.AddExpressionEvaluator(new MiniCSharpEvaluator())));

        Assert.Equal(ValidationCodes.UnknownExpressionType, Assert.Single(withoutHost).Code);
        Assert.Equal(ValidationCodes.BadExpression, Assert.Single(withHost).Code);
    }

    [Fact]
    public async Task Validate_BadCronAndTimeSpanLiterals_ReportsBoth()
    {
        var errors = await ValidateAsync(Wf.Chain("d",
            Wf.Activity("c", "Elsa.Cron", ("cronExpression", Wf.Literal("61 * * * * *"))),
            Wf.Activity("t", "Elsa.Delay", ("timeSpan", Wf.Literal("soon", "TimeSpan")))));

        Assert.Equal([("c", ValidationCodes.BadExpression), ("t", ValidationCodes.BadInputValue)], errors.Select(e => (e.ActivityId!, e.Code)));
    }

    [Fact]
    public async Task Validate_InvalidObjectJson_ReportsBadExpression()
    {
        var errors = await ValidateAsync(Wf.Chain("d", Wf.Activity("f", "Elsa.FlowFork", ("branches", new System.Text.Json.Nodes.JsonObject
        {
            ["typeName"] = "String[]",
            ["expression"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "Object", ["value"] = "[\"a\", " },
        }))));

        Assert.Equal((ValidationCodes.BadExpression, "branches"), (Assert.Single(errors).Code, errors[0].Input));
    }

    [Fact]
    public async Task Validate_ValidDefinition_ReturnsNoErrors()
    {
        Assert.Empty(await ValidateAsync(Wf.Chain("d", Wf.Activity("s", "Elsa.Start"), Wf.WriteLine("w", "ok"), Wf.Activity("e", "Elsa.End"))));
    }

    [Fact]
    public async Task Validate_Es2020InsideScriptWithReturn_IsValid()
    {
        Assert.Empty(await ValidateAsync(Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("const a = null;\nreturn a?.b ?? (() => 2)();", "String"))))));
    }

    [Fact]
    public async Task Validate_ErrorInsideScriptWithReturn_ReportsRealErrorOnOriginalLine()
    {
        var errors = await ValidateAsync(Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("let a = 1;\nreturn a ?? ;", "String")))));

        var error = Assert.Single(errors);
        Assert.Equal((2, 13), (error.Line, error.Column));
        Assert.DoesNotContain("Illegal return", error.Message);
    }

    [Fact]
    public async Task Validate_RunScriptActivities_CompilesScriptLiteral()
    {
        var errors = await ValidateAsync(Wf.Chain("d",
            Wf.Activity("js", "Elsa.RunJavaScript", ("script", Wf.Literal("return {a: ;"))),
            Wf.Activity("cs", "Elsa.RunCSharp", ("script", Wf.Literal("return 1;")))));

        Assert.Equal([("js", ValidationCodes.BadExpression), ("cs", ValidationCodes.UnknownExpressionType)], errors.Select(e => (e.ActivityId!, e.Code)));
    }

    [Theory]
    [InlineData("1 + [*]* 2")]
    [InlineData("var a = 1;\nvar b = [*]);")]
    [InlineData("var a = {\n  x: 1,\n  y: [*]}\n};")]
    [InlineData("return [*]%;")]
    [InlineData("const f = (a, b) => a +[*];\nf(1, 2)")]
    [InlineData("class A {\n  m() { return this?.x ?? [*]}; }\n}")]
    [InlineData("let { a, b: [c] } = [*];")]
    public async Task Validate_AnnotatedJavaScriptError_PointsAtMarkedPosition(string annotated)
    {
        var marker = annotated.IndexOf("[*]", StringComparison.Ordinal);
        var source = annotated.Remove(marker, 3);
        var before = source[..marker];
        var expectedLine = before.Count(c => c == '\n') + 1;
        var expectedColumn = marker - (before.LastIndexOf('\n') + 1) + 1;

        var errors = await ValidateAsync(Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js(source, "String")))));

        var error = Assert.Single(errors);
        Assert.Equal((expectedLine, expectedColumn), (error.Line!.Value, error.Column!.Value));
    }
}

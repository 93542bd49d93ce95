using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Parser;
using Jint.Runtime;
using Jint.Runtime.Interop;
using JsProgram = Jint.Parser.Ast.Program;

namespace Participatie.Workflows.Expressions.JavaScript;

/// <summary>
/// <c>JavaScript</c> expressions through Jint 2.10.4 (ES5, plus template literals rewritten to concatenation).
/// Elsa's helpers are available: <c>getVariable/setVariable</c>, generated <c>getX()/setX()</c> per variable,
/// <c>getX()</c> per workflow input, <c>getInput</c>, <c>getCorrelationId/setCorrelationId</c>,
/// <c>getWorkflowInstanceId</c>, <c>getWorkflowDefinitionId</c>, <c>getLastResult</c> and
/// <c>getOutputFrom(activityName, outputName?)</c> / <c>getOutputFromX(outputName?)</c>. A script with a top-level
/// <c>return</c> runs as a function body, as in Elsa.
/// </summary>
public sealed class JavaScriptExpressionEvaluator : IExpressionEvaluator
{
    // Parsed programs are cached per thread: Jint 2 does not promise that one AST can run on several threads at once.
    private readonly ThreadLocal<Dictionary<string, JsProgram>> _programs = new(() => new Dictionary<string, JsProgram>(StringComparer.Ordinal));

    public string ExpressionType => "JavaScript";

    /// <summary>Statement limit per evaluation (guards against endless loops).</summary>
    public int MaxStatements { get; init; } = 1_000_000;

    public IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context)
    {
        try
        {
            Compile(source);
            return [];
        }
        catch (ParserException ex)
        {
            return [new ExpressionDiagnostic(ex.Description ?? ex.Message, ex.LineNumber, ex.Column)];
        }
    }

    public ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken)
    {
        JsProgram program;
        try
        {
            program = Compile(source);
        }
        catch (ParserException ex)
        {
            throw new ExpressionEvaluationException($"JavaScript syntax error at {ex.LineNumber}:{ex.Column}: {ex.Description}", ex);
        }
        var engine = new Engine(o => o.MaxStatements(MaxStatements).LimitRecursion(512));
        Install(engine, context);
        try
        {
            engine.Execute(program);
            return ValueTask.FromResult(ToJson(engine, engine.GetCompletionValue()));
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionEvaluationException($"JavaScript error at {ex.LineNumber}:{ex.Column}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is StatementsCountOverflowException or RecursionDepthOverflowException or InvalidCastException or ArgumentException)
        {
            throw new ExpressionEvaluationException($"JavaScript error: {ex.Message}", ex);
        }
    }

    private JsProgram Compile(string source)
    {
        var cache = _programs.Value!;
        if (cache.TryGetValue(source, out var cached)) return cached;
        var program = Parse(source);
        if (cache.Count > 10_000) cache.Clear();
        cache[source] = program;
        return program;
    }

    private static JsProgram Parse(string s)
    {
        var code = TemplateLiteralRewriter.Rewrite(s);
        var parser = new JavaScriptParser();
        try
        {
            return parser.Parse(code);
        }
        catch (ParserException first)
        {
            try
            {
                return new JavaScriptParser().Parse("(function(){\n" + code + "\n})()");
            }
            catch (ParserException wrapped) when (first.Description?.Contains("return", StringComparison.OrdinalIgnoreCase) == true)
            {
                // The script has a top-level return: the error inside the function body is the real one (one line added).
                throw new ParserException(wrapped.Description) { Description = wrapped.Description, LineNumber = Math.Max(1, wrapped.LineNumber - 1), Column = wrapped.Column, Index = wrapped.Index };
            }
            catch (ParserException)
            {
                throw first;
            }
        }
    }

    private static void Install(Engine engine, IExpressionContext context)
    {
        void Fn(string name, Func<JsValue[], JsValue> body) =>
            engine.SetValue(name, new ClrFunctionInstance(engine, (_, args) => body(args), 0));
        string Arg(JsValue[] args, int i) => args.Length > i && !args[i].IsUndefined() && !args[i].IsNull() ? TypeConverter.ToString(args[i]) : "";

        Fn("getVariable", a => ToJs(engine, context.GetVariable(Arg(a, 0))));
        Fn("setVariable", a => { context.SetVariable(Arg(a, 0), a.Length > 1 ? ToJson(engine, a[1]) : null); return JsValue.Undefined; });
        Fn("getInput", a => ToJs(engine, context.GetInput(Arg(a, 0))));
        Fn("getCorrelationId", _ => context.CorrelationId is null ? JsValue.Null : new JsValue(context.CorrelationId));
        Fn("setCorrelationId", a => { context.CorrelationId = Arg(a, 0); return JsValue.Undefined; });
        Fn("getWorkflowInstanceId", _ => new JsValue(context.InstanceId));
        Fn("getWorkflowDefinitionId", _ => new JsValue(context.DefinitionId));
        Fn("getLastResult", _ => ToJs(engine, context.LastResult));
        Fn("getOutputFrom", a => OutputFrom(engine, context, Arg(a, 0), Arg(a, 1)));
        foreach (var (name, _) in context.ActivityOutputs)
        {
            var activityName = name;
            if (IsIdentifier(activityName)) Fn("getOutputFrom" + activityName, a => OutputFrom(engine, context, activityName, Arg(a, 0)));
        }
        foreach (var (name, _) in context.Inputs)
        {
            var inputName = name;
            if (IsIdentifier(inputName)) Fn("get" + Pascal(inputName), _ => ToJs(engine, context.GetInput(inputName)));
        }
        foreach (var (name, _) in context.Variables)
        {
            var variableName = name;
            if (!IsIdentifier(variableName)) continue;
            Fn("get" + Pascal(variableName), _ => ToJs(engine, context.GetVariable(variableName)));
            Fn("set" + Pascal(variableName), a => { context.SetVariable(variableName, a.Length > 0 ? ToJson(engine, a[0]) : null); return JsValue.Undefined; });
        }
    }

    private static JsValue OutputFrom(Engine engine, IExpressionContext context, string activityName, string outputName)
    {
        if (!context.ActivityOutputs.TryGetValue(activityName, out var outputs)) return JsValue.Undefined;
        if (outputName.Length > 0) return ToJs(engine, outputs[outputName]);
        if (outputs.Count == 1) return ToJs(engine, outputs.First().Value);
        return ToJs(engine, outputs["Result"] ?? outputs["Output"]);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    internal static JsValue ToJs(Engine engine, JsonNode? value)
    {
        switch (value)
        {
            case null:
                return JsValue.Null;
            case JsonValue v:
                switch (v.GetValueKind())
                {
                    case JsonValueKind.String: return new JsValue(v.GetValue<string>());
                    case JsonValueKind.True: return new JsValue(true);
                    case JsonValueKind.False: return new JsValue(false);
                    case JsonValueKind.Number: return new JsValue(double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture));
                    case JsonValueKind.Null: return JsValue.Null;
                }
                break;
        }
        return new Jint.Native.Json.JsonParser(engine).Parse(value.ToJsonString());
    }

    internal static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        if (value.IsString()) return JsonValue.Create(value.AsString());
        if (value.IsBoolean()) return JsonValue.Create(value.AsBoolean());
        if (value.IsNumber())
        {
            var d = value.AsNumber();
            if (double.IsNaN(d) || double.IsInfinity(d)) return null;
            return Math.Abs(d % 1) < double.Epsilon && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
        }
        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value, JsValue.Undefined, JsValue.Undefined);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Participatie.Workflows.Expressions.JavaScript;

/// <summary>
/// <c>JavaScript</c> expressions through Jint 4 (ES2020 and later: arrow functions, <c>let</c>/<c>const</c>,
/// <c>??</c>, <c>?.</c>, classes, template literals, spread, destructuring). Elsa's helpers are available:
/// <c>getVariable/setVariable</c>, generated <c>getX()/setX()</c> per variable, <c>getX()</c> per workflow input,
/// <c>getInput</c>, <c>getCorrelationId/setCorrelationId</c>, <c>getWorkflowInstanceId</c>,
/// <c>getWorkflowDefinitionId</c>, <c>getLastResult</c> and <c>getOutputFrom(activityName, outputName?)</c> /
/// <c>getOutputFromX(outputName?)</c>. A script with a top-level <c>return</c> returns that value, as in Elsa.
/// </summary>
public sealed class JavaScriptExpressionEvaluator : IExpressionEvaluator
{
    // A prepared script is immutable and may run on many engines and threads at once, so one cache serves all.
    private readonly ConcurrentDictionary<string, Prepared<Script>> _scripts = new(StringComparer.Ordinal);
    private const int MaxCachedScripts = 10_000;

    public string ExpressionType => "JavaScript";

    /// <summary>Statement limit per evaluation (guards against endless loops).</summary>
    public int MaxStatements { get; init; } = 1_000_000;

    public IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context)
    {
        try
        {
            Prepare(source);
            return [];
        }
        catch (ScriptPreparationException ex)
        {
            return [Diagnose(ex)];
        }
    }

    public ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken)
    {
        Prepared<Script> script;
        try
        {
            script = Prepare(source);
        }
        catch (ScriptPreparationException ex)
        {
            var diagnostic = Diagnose(ex);
            throw new ExpressionEvaluationException($"JavaScript syntax error at {diagnostic.Line}:{diagnostic.Column}: {diagnostic.Message}", ex);
        }

        using var engine = new Engine(options => options.MaxStatements(MaxStatements).LimitRecursion(512));
        try
        {
            Install(engine, context);
            return ValueTask.FromResult(ToJson(engine, engine.Evaluate(script)));
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionEvaluationException($"JavaScript error at {Where(ex.Location)}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is StatementsCountOverflowException or RecursionDepthOverflowException or InvalidCastException or ArgumentException)
        {
            throw new ExpressionEvaluationException($"JavaScript error: {ex.Message}", ex);
        }
    }

    private Prepared<Script> Prepare(string source)
    {
        if (_scripts.TryGetValue(source, out var cached)) return cached;
        // Top-level return is allowed by Jint's default parsing options, which is what Elsa's scripts rely on.
        var script = Engine.PrepareScript(source);
        if (_scripts.Count >= MaxCachedScripts) _scripts.Clear();
        _scripts[source] = script;
        return script;
    }

    private static ExpressionDiagnostic Diagnose(ScriptPreparationException ex) => ex.InnerException is ParseErrorException parse
        ? new ExpressionDiagnostic(parse.Description, parse.LineNumber, parse.Column + 1)
        : new ExpressionDiagnostic(ex.Message);

    private static string Where(in SourceLocation location) => $"{location.Start.Line}:{location.Start.Column + 1}";

    private static void Install(Engine engine, IExpressionContext context)
    {
        void Fn(string name, Func<JsValue[], JsValue> body) =>
            engine.SetValue(name, new ClrFunction(engine, name, (_, args) => body(args)));
        string Arg(JsValue[] args, int i) => args.Length > i && !args[i].IsUndefined() && !args[i].IsNull() ? TypeConverter.ToString(args[i]) : "";

        Fn("getVariable", a => ToJs(engine, context.GetVariable(Arg(a, 0))));
        Fn("setVariable", a => { context.SetVariable(Arg(a, 0), a.Length > 1 ? ToJson(engine, a[1]) : null); return JsValue.Undefined; });
        Fn("getInput", a => ToJs(engine, context.GetInput(Arg(a, 0))));
        Fn("getCorrelationId", _ => context.CorrelationId is null ? JsValue.Null : new JsString(context.CorrelationId));
        Fn("setCorrelationId", a => { context.CorrelationId = Arg(a, 0); return JsValue.Undefined; });
        Fn("getWorkflowInstanceId", _ => new JsString(context.InstanceId));
        Fn("getWorkflowDefinitionId", _ => new JsString(context.DefinitionId));
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
                    case JsonValueKind.String: return new JsString(v.GetValue<string>());
                    case JsonValueKind.True: return JsBoolean.True;
                    case JsonValueKind.False: return JsBoolean.False;
                    case JsonValueKind.Number: return new JsNumber(double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture));
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

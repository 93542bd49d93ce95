using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
/// <para>
/// Every evaluation runs in a fresh engine with no access to .NET types and within budgets (time, memory,
/// statements, recursion depth, array length); a breach stops the script with an
/// <see cref="ExpressionEvaluationException"/> that names the budget and its limit. <c>Date</c> reads the engine's
/// clock. Setting a budget to zero or less switches it off, which only a trusted test should do.
/// </para>
/// </summary>
public sealed partial class JavaScriptExpressionEvaluator : IExpressionEvaluator
{
    // A prepared script is immutable and may run on many engines and threads at once, so one cache serves all.
    private readonly ConcurrentDictionary<string, Prepared<Script>> _scripts = new(StringComparer.Ordinal);
    private const int MaxCachedScripts = 10_000;

    public string ExpressionType => "JavaScript";

    /// <summary>Wall-clock time one evaluation may take (stops endless loops and slow regular expressions).</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Managed memory one evaluation may allocate, in bytes (cumulative, not what it holds at the end): stops
    /// string doubling and allocation loops long before they hurt the server.
    /// </summary>
    public long MemoryBudgetBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Statements one evaluation may execute.</summary>
    public int MaxStatements { get; init; } = 1_000_000;

    /// <summary>How deeply JavaScript calls may nest.</summary>
    public int MaxRecursionDepth { get; init; } = 512;

    /// <summary>
    /// The longest array a script may create. Jint checks the array's storage, which grows in powers of two, so
    /// the default is one: an array of up to 2^20 elements never trips it early.
    /// </summary>
    public int MaxArrayLength { get; init; } = 1 << 20;

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

        using var engine = new Engine(options => Configure(options, context.Time, cancellationToken));
        string? budget = null, stoppedAt = null;
        try
        {
            Install(engine, context);
            return ValueTask.FromResult(ToJson(engine, engine.Evaluate(script)));
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionEvaluationException($"JavaScript error at {Where(ex.Location)}: {ex.Message}", ex);
        }
        catch (ExecutionCanceledException)
        {
            // Cancellation is the host shutting down or giving up, not a fault of the script: let the runtime see it as such.
            throw new OperationCanceledException(cancellationToken);
        }
        // An exception filter runs before the stack unwinds, so the engine still knows which statement was running.
        catch (Exception ex) when ((budget = BudgetOf(ex)) is not null && (stoppedAt = WhereStopped(engine, ex)) is not null)
        {
            throw new ExpressionEvaluationException($"JavaScript stopped{stoppedAt}: {budget} exceeded.", ex);
        }
        catch (Exception ex) when (ex is InvalidCastException or ArgumentException)
        {
            throw new ExpressionEvaluationException($"JavaScript error: {ex.Message}", ex);
        }
    }

    private void Configure(Options options, TimeProvider time, CancellationToken cancellationToken)
    {
        // No AllowClr and no CLR values are handed in: a script reaches only the helpers installed below.
        options.MaxStatements(MaxStatements);
        options.TimeoutInterval(TimeBudget);
        options.LimitMemory(MemoryBudgetBytes);
        options.CancellationToken(cancellationToken);
        options.LimitRecursion(MaxRecursionDepth > 0 ? MaxRecursionDepth : -1);
        options.Constraints.MaxArraySize = MaxArrayLength > 0 ? (uint)MaxArrayLength : uint.MaxValue;
        // A regular expression runs as one native call that the time constraint cannot interrupt.
        if (TimeBudget > TimeSpan.Zero) options.Constraints.RegexTimeout = TimeBudget;
        options.TimeSystem = new EngineClockTimeSystem(time, options.Culture);
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

    private string? BudgetOf(Exception ex) => ex switch
    {
        // The regular-expression timeout is the time budget, or Jint's own when the budget is off.
        RegexMatchTimeoutException regex => $"time budget of {Seconds(regex.MatchTimeout)}",
        TimeoutException => $"time budget of {Seconds(TimeBudget)}",
        StatementsCountOverflowException => $"statement budget of {MaxStatements.ToString("N0", CultureInfo.InvariantCulture)} statements",
        RecursionDepthOverflowException => $"recursion budget of {MaxRecursionDepth} nested calls",
        // Jint reports an over-long array as a memory-limit breach; only its message ("The array size … is larger
        // than maximum allowed") tells the two apart.
        MemoryLimitExceededException when ex.Message.Contains("array size", StringComparison.OrdinalIgnoreCase) =>
            $"array budget of {MaxArrayLength.ToString("N0", CultureInfo.InvariantCulture)} elements",
        MemoryLimitExceededException or JavaScriptMemoryBudgetExceededException => $"memory budget of {Megabytes(MemoryBudgetBytes)}",
        _ => null,
    };

    /// <summary>
    /// " at line:column" of the innermost frame of the running script ("   at down (&lt;anonymous&gt;:1:27)"), else
    /// of the exception's own location; empty when neither is known.
    /// </summary>
    private static string WhereStopped(Engine engine, Exception ex)
    {
        var innermost = engine.Advanced.StackTrace.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (innermost is not null && FrameLocation().Match(innermost) is { Success: true } frame)
            return $" at {frame.Groups["line"].Value}:{frame.Groups["column"].Value}";
        return JintException.TryGetJavaScriptLocation(ex, out var location) ? $" at {Where(location)}" : "";
    }

    [GeneratedRegex(@":(?<line>\d+):(?<column>\d+)\)?$")]
    private static partial Regex FrameLocation();

    private static string Where(in SourceLocation location) => $"{location.Start.Line}:{location.Start.Column + 1}";

    private static string Seconds(TimeSpan span) => span.TotalMilliseconds % 1000 == 0
        ? $"{span.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"
        : $"{span.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms";

    private static string Megabytes(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB"
        : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    private void Install(Engine engine, IExpressionContext context)
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
        if (MemoryBudgetBytes > 0) NativeAllocationGuards.Install(engine, MemoryBudgetBytes);
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
